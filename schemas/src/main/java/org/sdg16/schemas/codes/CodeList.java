package org.sdg16.schemas.codes;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A closed list of codes (SDMX style: upper case, {@code _T} for totals). Lookups are
 * case-insensitive and trimmed, as contract §1 requires for every code in a return.
 *
 * @param name the list's name as shown in findings, e.g. {@code measure}
 * @param codes the codes in their canonical spelling, in display order
 */
public record CodeList(String name, Set<String> codes) {

  /** The SDMX code for a total. */
  public static final String TOTAL = "_T";

  public CodeList {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a code list needs a name");
    }
    if (codes == null || codes.isEmpty()) {
      throw new IllegalArgumentException("code list " + name + " is empty");
    }
    codes = Collections.unmodifiableSet(new LinkedHashSet<>(codes));
  }

  public static CodeList of(String name, String... codes) {
    return new CodeList(name, new LinkedHashSet<>(List.of(codes)));
  }

  public static CodeList of(String name, Collection<String> codes) {
    return new CodeList(name, new LinkedHashSet<>(codes));
  }

  /** The canonical code for a raw cell, or empty when the cell holds no code of this list. */
  public Optional<String> lookup(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String c = raw.trim().toUpperCase(Locale.ROOT);
    return codes.contains(c) ? Optional.of(c) : Optional.empty();
  }

  public boolean contains(String code) {
    return lookup(code).isPresent();
  }

  /** The codes as a readable list for messages, e.g. {@code SEA, AIR, DRY_PORT, LAND}. */
  public String describe() {
    return String.join(", ", codes);
  }
}
