package org.sdg16.reports.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * What one map shows, before it is drawn: countries coloured by class (a choropleth of values, or a
 * status), or the routes of cases between countries. The PNG, SVG, CSV and the data table beside
 * the map are all made from one spec.
 *
 * @param id file name stem, unique in the report ({@code charts/<id>.png})
 * @param title map title
 * @param subtitle a line under the title: what is drawn, for which years
 * @param kind what the colours or lines mean
 * @param unit unit label of the values (choropleths) or of what the routes carry, or null
 * @param legend the classes, in legend order; an area's {@code key} indexes this list
 * @param areas the countries coloured
 * @param routes the routes drawn (route maps)
 * @param source source lines printed under the map (the boundaries' source is added)
 * @param width display width in CSS pixels (the PNG is twice as large)
 */
public record MapSpec(
    String id,
    String title,
    String subtitle,
    Kind kind,
    String unit,
    List<Key> legend,
    List<Area> areas,
    List<Route> routes,
    String source,
    int width) {

  /** Kinds of map. */
  public enum Kind {
    /** Countries coloured by the class of their value. */
    CHOROPLETH,
    /** Countries coloured by a status (reported, not reported, …). */
    STATUS,
    /** Lines from the country of departure to the country of destination. */
    ROUTES
  }

  /** One class of the legend. */
  public record Key(String label, Color colour) {}

  /**
   * One country coloured: its code and name, the year and value drawn (null for a status), the text
   * shown for it in the data table, and the index of its class in the legend.
   */
  public record Area(int m49, String name, Integer year, Double value, String shown, int key) {}

  /** A route from one country to another, and the amount carried along it (in the map's unit). */
  public record Route(int from, String fromName, int to, String toName, double value) {}

  /**
   * ColorBrewer's sequential "Blues" (C. Brewer, colorbrewer2.org), its five darkest steps:
   * ordered, colour-blind safe, and each distinct from the grey of countries without data.
   */
  public static final List<Color> SEQUENTIAL =
      List.of(
          new Color(0xC6DBEF),
          new Color(0x9ECAE1),
          new Color(0x6BAED6),
          new Color(0x3182BD),
          new Color(0x08519C));

  /** Land without data. */
  public static final Color NO_DATA = new Color(0xE8E8E8);

  public MapSpec {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException("map id must be a file-name stem: " + id);
    }
    legend = List.copyOf(legend);
    areas = List.copyOf(areas);
    routes = List.copyOf(routes);
    for (Area a : areas) {
      if (a.key() < 0 || a.key() >= legend.size()) {
        throw new IllegalArgumentException("area " + a.m49() + " has no legend class " + a.key());
      }
    }
  }

  /** Whether anything is drawn. */
  public boolean isEmpty() {
    return kind == Kind.ROUTES ? routes.isEmpty() : areas.isEmpty();
  }

  /** One value of a choropleth, before it is classed. */
  public record Value(int m49, String name, int year, double value) {}

  /**
   * A choropleth of {@code values} in at most five classes of (nearly) equal counts: the values in
   * ascending order are cut into {@code k = min(5, distinct values)} runs of {@code n/k}, a value
   * equal to the last of a run joining that run, so that equal values share a class; values are
   * compared as {@code fmt} shows them (0.676 and 0.679 shown as 0.68 are one value). Each class is
   * labelled with the lowest and highest value in it, formatted with {@code fmt}.
   */
  public static MapSpec choropleth(
      String id,
      String title,
      String subtitle,
      String unit,
      List<Value> values,
      DoubleFunction<String> fmt,
      String source) {
    List<Value> sorted =
        values.stream()
            .sorted(java.util.Comparator.comparingDouble(Value::value).thenComparing(Value::name))
            .toList();
    int n = sorted.size();
    // values are classed as the reader sees them: two values shown alike are one value
    int k = (int) Math.min(5, sorted.stream().map(v -> fmt.apply(v.value())).distinct().count());
    List<List<Value>> classes = new ArrayList<>();
    int i = 0;
    for (int c = 0; c < k && i < n; c++) {
      int end = c == k - 1 ? n : Math.max(i + 1, (int) Math.round((double) (c + 1) * n / k));
      while (end < n
          && fmt.apply(sorted.get(end).value()).equals(fmt.apply(sorted.get(end - 1).value()))) {
        end++;
      }
      classes.add(sorted.subList(i, end));
      i = end;
    }
    // a palette of k steps spread over the five, so that two classes are never neighbours in hue
    List<Key> legend = new ArrayList<>();
    List<Area> areas = new ArrayList<>();
    for (int c = 0; c < classes.size(); c++) {
      List<Value> cl = classes.get(c);
      double lo = cl.get(0).value();
      double hi = cl.get(cl.size() - 1).value();
      String label =
          fmt.apply(lo).equals(fmt.apply(hi))
              ? fmt.apply(lo)
              : fmt.apply(lo) + " \u2013 " + fmt.apply(hi);
      int step = classes.size() == 1 ? 4 : (int) Math.round(4.0 * c / (classes.size() - 1));
      legend.add(new Key(label, SEQUENTIAL.get(step)));
      for (Value v : cl) {
        areas.add(new Area(v.m49(), v.name(), v.year(), v.value(), fmt.apply(v.value()), c));
      }
    }
    return new MapSpec(
        id, title, subtitle, Kind.CHOROPLETH, unit, legend, areas, List.of(), source, 800);
  }
}
