package org.sdg16.schemas.codes;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Commodities seized by Container Control Programme port control units (contract §1.3) with the
 * units that belong to each (methodology §2: kg for drugs and precursors, pieces for cigarettes,
 * containers for strategic goods, items for counterfeit goods and vehicles, litres for alcohol).
 */
public enum Commodity {
  COCAINE(Unit.KG, Unit.KG, Unit.G, Unit.T),
  HEROIN(Unit.KG, Unit.KG, Unit.G, Unit.T),
  CANNABIS(Unit.KG, Unit.KG, Unit.G, Unit.T),
  PSYCHOTROPICS(Unit.KG, Unit.KG, Unit.G, Unit.T),
  NPS(Unit.KG, Unit.KG, Unit.G, Unit.T),
  PRECURSORS(Unit.KG, Unit.KG, Unit.G, Unit.T),
  CIGARETTES(Unit.PIECES, Unit.PIECES),
  STRATEGIC_GOODS(Unit.CONTAINERS, Unit.CONTAINERS),
  COUNTERFEIT(Unit.ITEMS, Unit.ITEMS),
  /** Wildlife is seized by weight or by specimen. */
  WILDLIFE(Unit.KG, Unit.KG, Unit.G, Unit.T, Unit.PIECES),
  ALCOHOL(Unit.L, Unit.L),
  VEHICLES(Unit.ITEMS, Unit.ITEMS),
  /** Anything else: every unit is accepted, sums stay within one unit. */
  OTHER(Unit.ITEMS, Unit.values());

  private final Unit canonicalUnit;
  private final Set<Unit> allowed;

  Commodity(Unit canonicalUnit, Unit... allowed) {
    this.canonicalUnit = canonicalUnit;
    this.allowed = EnumSet.copyOf(Arrays.asList(allowed));
  }

  public Unit canonicalUnit() {
    return canonicalUnit;
  }

  public boolean accepts(Unit unit) {
    return allowed.contains(unit);
  }

  public Set<Unit> allowedUnits() {
    return EnumSet.copyOf(allowed);
  }

  public static Optional<Commodity> lookup(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String c = raw.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(u -> u.name().equals(c)).findFirst();
  }

  public static CodeList codeList() {
    return CodeList.of("commodity", Arrays.stream(values()).map(Enum::name).toList());
  }
}
