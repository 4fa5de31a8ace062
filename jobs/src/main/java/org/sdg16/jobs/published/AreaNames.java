package org.sdg16.jobs.published;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sdg16.schemas.codes.M49;

/**
 * Area names of published files matched to M49 codes (contract §1.6): the official English names of
 * the M49 standard (countries and areas, and the regions, e.g. {@code World} → 1), compared without
 * case, accents or extra spaces ({@code Turkiye} matches {@code Türkiye}, {@code Cote d'Ivoire}
 * matches {@code Côte d’Ivoire}), then a table of common alternative names that files still use,
 * e.g. {@code Nauru} (UNSD now writes {@code Naoero}), {@code Bolivia}, {@code Turkey}, {@code
 * Netherlands} (now {@code Netherlands (Kingdom of the)}).
 */
public final class AreaNames {

  /**
   * Common alternative names → M49 code. Every code is an area of the shipped M49 list (tested).
   */
  static final Map<String, Integer> ALIASES =
      Map.ofEntries(
          Map.entry("Nauru", 520),
          Map.entry("Bolivia", 68),
          Map.entry("Turkey", 792),
          Map.entry("Netherlands", 528),
          Map.entry("Venezuela", 862),
          Map.entry("Iran", 364),
          Map.entry("South Korea", 410),
          Map.entry("Korea, Republic of", 410),
          Map.entry("North Korea", 408),
          Map.entry("Korea, Democratic People's Republic of", 408),
          Map.entry("Tanzania", 834),
          Map.entry("Democratic Republic of Congo", 180),
          Map.entry("DR Congo", 180),
          Map.entry("Congo, Democratic Republic of the", 180),
          Map.entry("Republic of the Congo", 178),
          Map.entry("Vietnam", 704),
          Map.entry("Russia", 643),
          Map.entry("Syria", 760),
          Map.entry("Laos", 418),
          Map.entry("Moldova", 498),
          Map.entry("Czech Republic", 203),
          Map.entry("Ivory Coast", 384),
          Map.entry("Cape Verde", 132),
          Map.entry("Swaziland", 748),
          Map.entry("Macedonia", 807),
          Map.entry("The former Yugoslav Republic of Macedonia", 807),
          Map.entry("Palestine", 275),
          Map.entry("Brunei", 96),
          Map.entry("United Kingdom", 826),
          Map.entry("United States", 840),
          Map.entry("Gambia (the)", 270),
          Map.entry("East Timor", 626));

  private final Map<String, Integer> byName;

  public AreaNames(M49 m49) {
    Map<String, Integer> m = new HashMap<>();
    for (M49.Area a : m49.areas()) {
      m.putIfAbsent(fold(a.name()), a.m49());
    }
    for (M49.Region r : m49.regions()) {
      m.putIfAbsent(fold(r.name()), r.code());
    }
    for (Map.Entry<String, Integer> e : ALIASES.entrySet()) {
      m.putIfAbsent(fold(e.getKey()), e.getValue());
    }
    this.byName = Map.copyOf(m);
  }

  /** The M49 code of a country, area or region name. */
  public Optional<Integer> resolve(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byName.get(fold(name)));
  }

  /** Lower case, without accents, typographic apostrophes as {@code '}, single spaces. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .trim()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
