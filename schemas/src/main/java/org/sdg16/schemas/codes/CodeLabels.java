package org.sdg16.schemas.codes;

import java.util.Locale;
import java.util.Map;

/**
 * English labels of the dimension codes of contract §1.4 (sex, age, form of exploitation, type of
 * arm, legal justification, commodity), as people read them: the values of the disaggregation
 * columns of the Open SDG files (contract §4.4), where an SDG platform shows them as they are. The
 * sex and age labels are those of the SDMX code lists {@code CL_SEX} and {@code CL_AGE}; the forms
 * of exploitation those of the SDG series {@code VC_HTF_DETVSX}, {@code VC_HTF_DETVFL}, {@code
 * VC_HTF_DETVOG} and {@code VC_HTF_DETVOP} (methodology §3.1). A code without a label here reads as
 * its words: {@code SUBMACHINE_GUN} → {@code Submachine gun}.
 */
public final class CodeLabels {

  private CodeLabels() {}

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("_U", "Unknown"),
          Map.entry("F", "Female"),
          Map.entry("M", "Male"),
          Map.entry("Y0T17", "Under 18 years"),
          Map.entry("Y_GE18", "18 years and over"),
          Map.entry("SEXUAL", "Sexual exploitation"),
          Map.entry("FORCED_LABOUR", "Forced labour"),
          Map.entry("ORGAN_REMOVAL", "Removal of organs"),
          Map.entry("NPS", "New psychoactive substances"),
          Map.entry("PSYCHOTROPICS", "Psychotropic substances"),
          Map.entry("STRATEGIC_GOODS", "Strategic goods"),
          Map.entry("COUNTERFEIT", "Counterfeit goods"));

  /**
   * The label of a code; {@code OTHER} depends on the dimension, so {@code exploitation} gives
   * "Other purposes" (the SDG series {@code VC_HTF_DETVOP}).
   */
  public static String label(String dimension, String code) {
    if ("exploitation".equals(dimension) && "OTHER".equals(code)) {
      return "Other purposes";
    }
    return label(code);
  }

  /**
   * The short label of a unit code (contract §1.4, {@code UNIT_MEASURE}) for text and tables: "%",
   * "per 100,000 population", "kg", "litres"...
   */
  public static String unit(String code) {
    return switch (code == null ? "" : code) {
      case "PT" -> "%";
      case "PER_100000_POP" -> "per 100,000 population";
      case "NUMBER" -> "number";
      case "RATIO" -> "ratio";
      case "ROUNDS_PER_ARM" -> "rounds per arm";
      case "USD" -> "US dollars";
      case "KG" -> "kg";
      case "PIECES" -> "pieces";
      case "CONTAINERS" -> "containers";
      case "ITEMS" -> "items";
      case "L" -> "litres";
      default -> label(code);
    };
  }

  /**
   * Names of the UN/LOCODE port codes the Container Control Programme's returns use, as the
   * UN/LOCODE code list (UNECE) names them; a code not listed here is shown as submitted (the
   * contract's {@code port} is a UN/LOCODE where known, else the unit's own name).
   */
  private static final Map<String, String> PORTS =
      Map.ofEntries(
          Map.entry("COBUN", "Buenaventura"),
          Map.entry("COCTG", "Cartagena"),
          Map.entry("COSMR", "Santa Marta"),
          Map.entry("CRCAL", "Caldera"),
          Map.entry("CRLIO", "Limón"),
          Map.entry("DOCAU", "Caucedo"),
          Map.entry("DOHAI", "Rio Haina"),
          Map.entry("ECGYE", "Guayaquil"),
          Map.entry("ECPBO", "Puerto Bolívar"),
          Map.entry("GHTEM", "Tema"),
          Map.entry("GTPRQ", "Puerto Quetzal"),
          Map.entry("GTSTC", "Santo Tomás de Castilla"),
          Map.entry("KEMBA", "Mombasa"),
          Map.entry("PABLB", "Balboa"),
          Map.entry("PKBQM", "Muhammad Bin Qasim"),
          Map.entry("PKKHI", "Karachi"),
          Map.entry("TGLFW", "Lomé"));

  /** A port as a reader names it: its UN/LOCODE name where known, else as submitted. */
  public static String port(String port) {
    if (port == null) {
      return "";
    }
    return PORTS.getOrDefault(port.strip(), port.strip());
  }

  /** What a reader calls an input dataset (contract §1): "Port seizures (CCP)" for {@code ccp}. */
  public static String dataset(String name) {
    return switch (name == null ? "" : name) {
      case "firearms" -> "Firearms returns";
      case "firearms_cases" -> "Firearms significant cases";
      case "ccp" -> "Port seizures (CCP)";
      case "tip" -> "Trafficking in persons returns";
      case "markets" -> "Illicit market estimates";
      case "workbooks" -> "National workbooks";
      case "published" -> "Published SDG values";
      default -> label(name);
    };
  }

  /** The label of a code, or its words with a capital first letter. */
  public static String label(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String l = LABELS.get(code);
    if (l != null) {
      return l;
    }
    String s = code.replace('_', ' ').toLowerCase(Locale.ROOT).trim();
    return s.isEmpty() ? code : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
