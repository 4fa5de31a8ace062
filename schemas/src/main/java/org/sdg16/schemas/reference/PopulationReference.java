package org.sdg16.schemas.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sdg16.schemas.codes.M49;

/**
 * The shipped population reference of the population base (methodology §5): total population by M49
 * country or area and year from the World Bank's World Development Indicators, series {@code
 * SP.POP.TOTL}, March 2026 vintage, Open Data Commons PDDL (resource {@code
 * population-worldbank.csv}, see the README next to it). The configured population file overrides
 * it area-year by area-year; that merge is the ingest's ({@code population} table).
 *
 * <p>The World Bank codes are ISO 3166 alpha-3 and are mapped to M49 with {@link M49#byIso3}. A
 * code that maps to no M49 country or area is left out with all its rows ({@link #leftOut()}): the
 * World Bank's own aggregates (World {@code WLD}, European Union {@code EUU}, Sub-Saharan Africa
 * {@code SSF}, High income {@code HIC}, …: 48 codes in the March 2026 vintage), and two economies
 * that the M49 list does not hold: {@code XKX} Kosovo (no M49 code) and {@code CHI} Channel Islands
 * (M49 lists Guernsey 831 and Jersey 832 apart; the World Bank gives only their sum, which cannot
 * be split). A blank value is missing, never 0: that area-year has no reference population.
 */
public final class PopulationReference {

  /** The resource, next to this class. */
  public static final String RESOURCE = "population-worldbank.csv";

  /** The source line for outputs, manifest and documentation. */
  public static final String SOURCE =
      "World Bank, World Development Indicators, SP.POP.TOTL, March 2026 vintage, ODC PDDL";

  /**
   * One reference value: an M49 area, a year, its population, and the 1-based data row of the
   * resource it comes from (lineage).
   */
  public record Entry(int m49, int year, double population, int row) {
    public Entry {
      if (!(population > 0) || Double.isInfinite(population)) {
        throw new IllegalArgumentException("population must be positive: " + population);
      }
      if (row < 1) {
        throw new IllegalArgumentException("rows are 1-based: " + row);
      }
    }
  }

  private static final PopulationReference WORLD_BANK = load(M49.standard());

  private final List<Entry> entries;
  private final Map<Long, Double> byKey;
  private final Map<String, String> leftOut;
  private final int lastYear;

  private PopulationReference(List<Entry> entries, Map<String, String> leftOut) {
    this.entries = List.copyOf(entries);
    Map<Long, Double> m = new HashMap<>();
    int last = Integer.MIN_VALUE;
    for (Entry e : entries) {
      if (m.put(key(e.m49(), e.year()), e.population()) != null) {
        throw new IllegalStateException(
            RESOURCE + " holds area " + e.m49() + " in " + e.year() + " twice");
      }
      last = Math.max(last, e.year());
    }
    this.byKey = Collections.unmodifiableMap(m);
    this.leftOut = Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
    this.lastYear = last;
  }

  /** The World Bank series shipped with the program, loaded once. */
  public static PopulationReference worldBank() {
    return WORLD_BANK;
  }

  /** The population of an M49 area in a year, or null when the reference has none. */
  public Double population(int m49, int year) {
    return byKey.get(key(m49, year));
  }

  /** The last year with a value (2024 for the March 2026 vintage). */
  public int lastYear() {
    return lastYear;
  }

  /** Where the numbers come from, for source lines, the manifest and documentation. */
  public String source() {
    return SOURCE;
  }

  /** Every value, in the order of the resource. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The World Bank codes left out because they map to no M49 country or area, with their World Bank
   * names, in the order of the resource.
   */
  public Map<String, String> leftOut() {
    return leftOut;
  }

  private static long key(int m49, int year) {
    return ((long) m49 << 32) | (year & 0xffffffffL);
  }

  private static PopulationReference load(M49 m49) {
    List<Entry> entries = new ArrayList<>();
    Map<String, String> leftOut = new LinkedHashMap<>();
    try (InputStream in = PopulationReference.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + RESOURCE);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      int row = 0;
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        row++;
        String code = r.get("Country Code").trim().toUpperCase(Locale.ROOT);
        Optional<M49.Area> area = m49.byIso3(code);
        if (area.isEmpty()) {
          // an aggregate, XKX Kosovo or CHI Channel Islands: see the class comment
          leftOut.putIfAbsent(code, r.get("Country Name").trim());
          continue;
        }
        String value = r.get("Value").trim();
        if (value.isEmpty()) {
          continue; // missing, never 0
        }
        // the file writes plain numbers (no grouping, '.' for decimals), which is what
        // Double.parseDouble reads whatever the default locale
        entries.add(
            new Entry(
                area.get().m49(),
                Integer.parseInt(r.get("Year").trim()),
                Double.parseDouble(value),
                row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PopulationReference(entries, leftOut);
  }
}
