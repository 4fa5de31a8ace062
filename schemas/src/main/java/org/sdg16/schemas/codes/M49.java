package org.sdg16.schemas.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The UN M49 standard: every country or area with its ISO 3166 alpha-3 code, official English name
 * and the regions it belongs to (continent, sub-region, intermediate region, SDG regional
 * grouping), and the regions themselves (methodology §5). Shipped with the program as the resources
 * {@code m49_areas.csv} and {@code m49_regions.csv}.
 */
public final class M49 {

  /** The World, M49 code 1. */
  public static final int WORLD = 1;

  /** Kinds of M49 groupings, used for aggregates (methodology §5). */
  public enum RegionKind {
    WORLD,
    CONTINENT,
    SUB_REGION,
    INTERMEDIATE_REGION,
    SDG_REGION
  }

  /** A country or area. Region codes are null where the area has none. */
  public record Area(
      int m49,
      String iso3,
      String name,
      Integer region,
      Integer subRegion,
      Integer intermediateRegion,
      Integer sdgRegion) {
    public Area {
      if (m49 <= 0) {
        throw new IllegalArgumentException("M49 code must be positive: " + m49);
      }
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("area " + m49 + " has no name");
      }
    }

    /** Every grouping this area belongs to, the World first. */
    public List<Integer> groupings() {
      List<Integer> g = new ArrayList<>();
      g.add(WORLD);
      for (Integer r : new Integer[] {region, subRegion, intermediateRegion, sdgRegion}) {
        if (r != null && !g.contains(r)) {
          g.add(r);
        }
      }
      if (sdgRegion != null && sdgRegion == 9) {
        // the SDG grouping splits Oceania into Australia/New Zealand and the rest
        int part = subRegion != null && subRegion == 53 ? 53 : 543;
        if (!g.contains(part)) {
          g.add(part);
        }
      }
      return g;
    }
  }

  /** A region of the M49 standard or an SDG regional grouping. */
  public record Region(int code, String name, RegionKind kind) {}

  private static final M49 INSTANCE = load();

  private final Map<Integer, Area> byCode;
  private final Map<String, Area> byIso3;
  private final Map<String, Area> byName;
  private final Map<Integer, Region> regions;

  private M49(List<Area> areas, List<Region> regions) {
    this.byCode =
        Collections.unmodifiableMap(
            areas.stream()
                .collect(
                    Collectors.toMap(
                        Area::m49,
                        Function.identity(),
                        (a, b) -> {
                          throw new IllegalStateException("duplicate M49 code " + a.m49());
                        },
                        LinkedHashMap::new)));
    this.byIso3 =
        areas.stream()
            .filter(a -> a.iso3() != null)
            .collect(Collectors.toUnmodifiableMap(Area::iso3, Function.identity()));
    this.byName =
        areas.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    a -> normaliseName(a.name()), Function.identity(), (a, b) -> a));
    this.regions =
        Collections.unmodifiableMap(
            regions.stream()
                .collect(
                    Collectors.toMap(
                        Region::code, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
  }

  /** The code list shipped with the program. */
  public static M49 standard() {
    return INSTANCE;
  }

  /**
   * Resolves a raw {@code ref_area} cell: an M49 numeric code (leading zeros allowed) or an ISO
   * 3166 alpha-3 code, case-insensitive and trimmed. Regions are not countries and do not resolve.
   */
  public Optional<Area> resolve(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.trim();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.chars().allMatch(Character::isDigit)) {
      if (s.length() > 4) {
        return Optional.empty();
      }
      return Optional.ofNullable(byCode.get(Integer.parseInt(s)));
    }
    if (s.endsWith(".0") && s.length() <= 6) {
      // a numeric code read from a spreadsheet cell written as a decimal
      return resolve(s.substring(0, s.length() - 2));
    }
    return Optional.ofNullable(byIso3.get(s.toUpperCase(Locale.ROOT)));
  }

  /**
   * The country or area with an ISO 3166 alpha-3 code (case-insensitive, trimmed), as other code
   * lists give it (the World Bank population series, methodology §5); empty for a code the M49 list
   * does not hold (aggregates such as {@code WLD}, or {@code XKX} Kosovo).
   */
  public Optional<Area> byIso3(String iso3) {
    return iso3 == null
        ? Optional.empty()
        : Optional.ofNullable(byIso3.get(iso3.trim().toUpperCase(Locale.ROOT)));
  }

  public Optional<Area> area(int m49) {
    return Optional.ofNullable(byCode.get(m49));
  }

  /** Matches an official English name (case and spacing insensitive), as used by Open SDG files. */
  public Optional<Area> byOfficialName(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(normaliseName(name)));
  }

  public List<Area> areas() {
    return List.copyOf(byCode.values());
  }

  public List<Region> regions() {
    return List.copyOf(regions.values());
  }

  public Optional<Region> region(int code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** The name of an area or region, for reports. */
  public String nameOf(int code) {
    Area a = byCode.get(code);
    if (a != null) {
      return a.name();
    }
    Region r = regions.get(code);
    return r != null ? r.name() : Integer.toString(code);
  }

  private static String normaliseName(String n) {
    return n.trim().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static M49 load() {
    List<Area> areas = new ArrayList<>();
    for (CSVRecord r : read("m49_areas.csv")) {
      areas.add(
          new Area(
              Integer.parseInt(r.get("m49")),
              emptyToNull(r.get("iso3")),
              r.get("name"),
              intOrNull(r.get("region")),
              intOrNull(r.get("sub_region")),
              intOrNull(r.get("intermediate_region")),
              intOrNull(r.get("sdg_region"))));
    }
    List<Region> regions = new ArrayList<>();
    for (CSVRecord r : read("m49_regions.csv")) {
      regions.add(
          new Region(
              Integer.parseInt(r.get("code")), r.get("name"), RegionKind.valueOf(r.get("kind"))));
    }
    return new M49(areas, regions);
  }

  private static List<CSVRecord> read(String resource) {
    try (InputStream in = M49.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + resource);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static Integer intOrNull(String s) {
    return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
  }
}
