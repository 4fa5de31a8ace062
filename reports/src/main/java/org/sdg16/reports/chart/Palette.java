package org.sdg16.reports.chart;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * The report's colours: the Okabe–Ito palette, safe for colour-blind readers, assigned by code so
 * that a country, region or category keeps its colour in every chart of every run.
 *
 * <p>Keys are {@code kind:code}: {@code area:484} (country or region), {@code cat:PISTOL} (a code
 * of a dimension), {@code role:computed}, {@code role:published}, {@code role:trend}.
 */
public final class Palette {

  private Palette() {}

  public static final Color ORANGE = new Color(0xE69F00);
  public static final Color SKY_BLUE = new Color(0x56B4E9);
  public static final Color GREEN = new Color(0x009E73);

  /** Okabe–Ito's yellow is too faint on white for lines and thin bars: Tol's olive instead. */
  public static final Color OLIVE = new Color(0x999933);

  public static final Color BLUE = new Color(0x0072B2);
  public static final Color VERMILLION = new Color(0xD55E00);
  public static final Color PURPLE = new Color(0xCC79A7);
  public static final Color BLACK = new Color(0x000000);
  public static final Color GREY = new Color(0x999999);

  /** From Paul Tol's colour-blind-safe "muted" scheme, to tell more than seven codes apart. */
  public static final Color INDIGO = new Color(0x332288);

  public static final Color WINE = new Color(0x882255);
  public static final Color TEAL = new Color(0x44AA99);
  public static final Color ROSE = new Color(0xCC6677);

  /**
   * Okabe–Ito without black and yellow, then Tol's muted colours: eleven colours distinct on white,
   * in the order used for codes.
   */
  public static final List<Color> CYCLE =
      List.of(BLUE, ORANGE, GREEN, VERMILLION, SKY_BLUE, PURPLE, INDIGO, WINE, TEAL, ROSE, OLIVE);

  private static final Map<String, Color> FIXED =
      Map.ofEntries(
          // roles
          Map.entry("role:computed", BLUE),
          Map.entry("role:published", BLACK),
          Map.entry("role:trend", GREY),
          // the World and the SDG regions of methodology §5
          Map.entry("area:1", BLACK),
          Map.entry("area:202", ORANGE),
          Map.entry("area:747", SKY_BLUE),
          Map.entry("area:62", GREEN),
          Map.entry("area:753", VERMILLION),
          Map.entry("area:419", BLUE),
          Map.entry("area:9", PURPLE),
          Map.entry("area:543", PURPLE),
          Map.entry("area:53", GREY),
          Map.entry("area:513", OLIVE),
          // types of arms
          Map.entry("cat:PISTOL", BLUE),
          Map.entry("cat:REVOLVER", SKY_BLUE),
          Map.entry("cat:RIFLE", ORANGE),
          Map.entry("cat:SHOTGUN", GREEN),
          Map.entry("cat:SUBMACHINE_GUN", VERMILLION),
          Map.entry("cat:MACHINE_GUN", PURPLE),
          Map.entry("cat:LIGHT_WEAPON", OLIVE),
          Map.entry("cat:OTHER", GREY),
          Map.entry("cat:UNKNOWN", new Color(0xCCCCCC)),
          // legal justification
          Map.entry("cat:ILLICIT_TRAFFICKING", VERMILLION),
          Map.entry("cat:ILLICIT_POSSESSION", BLUE),
          Map.entry("cat:ILLICIT_MANUFACTURE", ORANGE),
          // forms of exploitation
          Map.entry("cat:SEXUAL", PURPLE),
          Map.entry("cat:FORCED_LABOUR", ORANGE),
          Map.entry("cat:ORGAN_REMOVAL", GREEN),
          // sex and age
          Map.entry("cat:F", VERMILLION),
          Map.entry("cat:M", BLUE),
          Map.entry("cat:Y0T17", GREEN),
          Map.entry("cat:Y_GE18", SKY_BLUE),
          // commodities
          Map.entry("cat:COCAINE", BLUE),
          Map.entry("cat:HEROIN", VERMILLION),
          Map.entry("cat:CANNABIS", GREEN),
          Map.entry("cat:PSYCHOTROPICS", PURPLE),
          Map.entry("cat:NPS", SKY_BLUE),
          Map.entry("cat:PRECURSORS", ORANGE),
          Map.entry("cat:CIGARETTES", OLIVE),
          Map.entry("cat:STRATEGIC_GOODS", BLACK),
          Map.entry("cat:COUNTERFEIT", INDIGO),
          Map.entry("cat:WILDLIFE", TEAL),
          Map.entry("cat:ALCOHOL", WINE),
          Map.entry("cat:VEHICLES", ROSE),
          // illicit financial flows
          Map.entry("cat:IFF_CRIME_IN", GREEN),
          Map.entry("cat:IFF_CRIME_OUT", VERMILLION),
          Map.entry("cat:IFF_CRIME_TOTAL", BLUE));

  /** The colour of a key; a country's colour follows from its M49 code. */
  public static Color of(String key) {
    Color c = FIXED.get(key);
    if (c != null) {
      return c;
    }
    int h;
    if (key.startsWith("area:")) {
      try {
        h = Integer.parseInt(key.substring(5));
      } catch (NumberFormatException e) {
        h = key.hashCode();
      }
    } else {
      h = key.hashCode();
    }
    return CYCLE.get(Math.floorMod(h, CYCLE.size()));
  }

  /** {@code #RRGGBB}, for the stylesheet and legends. */
  public static String hex(Color c) {
    return String.format(
        java.util.Locale.ROOT, "#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }
}
