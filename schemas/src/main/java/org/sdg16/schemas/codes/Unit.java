package org.sdg16.schemas.codes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Units of measure of port seizures (contract §1.3, methodology §2). Grams and tonnes are converted
 * to kilograms on ingest; every other unit is kept as it is.
 */
public enum Unit {
  KG("KG", 1.0),
  G("KG", 0.001),
  T("KG", 1000.0),
  L("L", 1.0),
  PIECES("PIECES", 1.0),
  CONTAINERS("CONTAINERS", 1.0),
  ITEMS("ITEMS", 1.0);

  private final String canonical;
  private final double factor;

  Unit(String canonical, double factor) {
    this.canonical = canonical;
    this.factor = factor;
  }

  /** The unit a quantity is stored in after conversion ({@code KG} for G and T). */
  public Unit canonical() {
    return Unit.valueOf(canonical);
  }

  /** Converts a quantity in this unit to the canonical unit. */
  public double toCanonical(double quantity) {
    if (factor == 1.0) {
      return quantity;
    }
    // scale through BigDecimal so that 1.5 T is exactly 1500 kg and 250000 G exactly 250 kg
    return new java.math.BigDecimal(Double.toString(quantity))
        .multiply(new java.math.BigDecimal(Double.toString(factor)))
        .doubleValue();
  }

  public boolean isMass() {
    return canonical.equals("KG");
  }

  public static Optional<Unit> lookup(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String c = raw.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(u -> u.name().equals(c)).findFirst();
  }

  public static CodeList codeList() {
    return CodeList.of("unit", Arrays.stream(values()).map(Enum::name).toList());
  }
}
