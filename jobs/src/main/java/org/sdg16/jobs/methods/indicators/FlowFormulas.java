package org.sdg16.jobs.methods.indicators;

import static org.sdg16.jobs.methods.indicators.National.T;
import static org.sdg16.jobs.methods.indicators.National.joinSources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sdg16.jobs.methods.indicators.National.Dims;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.series.Series;

/**
 * The experimental series of illicit financial flows from crime (methodology §4, SDG 16.4.1): the
 * inward and outward market values by commodity and in total ({@code _T}), and both flows gross.
 * Every value keeps its price sources.
 */
final class FlowFormulas {

  private record Key(int area, int year, String commodity) {}

  /** The flows of one area, year and commodity ({@code _T}: every commodity). */
  private record Flows(Key key, Facts.Market in, Facts.Market out) {}

  private final List<Flows> flows = new ArrayList<>();
  private final String source;

  /** The market estimates and the source of their values (methodology §0). */
  FlowFormulas(List<Facts.Market> markets, String source) {
    this.source = source;
    Map<Key, Map<String, Facts.Market>> byKey =
        new TreeMap<>(
            Comparator.comparingInt(Key::area)
                .thenComparingInt(Key::year)
                .thenComparing(Key::commodity));
    for (Facts.Market m : markets) {
      byKey
          .computeIfAbsent(new Key(m.area(), m.year(), m.commodity()), k -> new TreeMap<>())
          .put(m.flow(), m);
      byKey
          .computeIfAbsent(new Key(m.area(), m.year(), T), k -> new TreeMap<>())
          .merge(
              m.flow(),
              m,
              (a, b) ->
                  new Facts.Market(
                      a.area(),
                      a.year(),
                      T,
                      a.flow(),
                      a.valueUsd() + b.valueUsd(),
                      joinSources(a.sources(), b.sources())));
    }
    for (Map.Entry<Key, Map<String, Facts.Market>> e : byKey.entrySet()) {
      flows.add(new Flows(e.getKey(), e.getValue().get("INWARD"), e.getValue().get("OUTWARD")));
    }
  }

  /** {@code IFF_CRIME_IN}: Σ inward quantity × price. */
  List<Observation> inward(Series s) {
    List<Observation> out = new ArrayList<>();
    for (Flows f : flows) {
      if (f.in() != null) {
        out.add(value(s, f.key(), f.in().valueUsd(), null, f.in().sources()));
      }
    }
    return out;
  }

  /** {@code IFF_CRIME_OUT}: Σ outward quantity × price. */
  List<Observation> outward(Series s) {
    List<Observation> out = new ArrayList<>();
    for (Flows f : flows) {
      if (f.out() != null) {
        out.add(value(s, f.key(), f.out().valueUsd(), null, f.out().sources()));
      }
    }
    return out;
  }

  /** {@code IFF_CRIME_TOTAL}: inward + outward, saying when one flow is not estimated. */
  List<Observation> gross(Series s) {
    List<Observation> out = new ArrayList<>();
    for (Flows f : flows) {
      Facts.Market in = f.in();
      Facts.Market outward = f.out();
      double total = (in == null ? 0 : in.valueUsd()) + (outward == null ? 0 : outward.valueUsd());
      String comment =
          in == null
              ? "covers OUTWARD flows only; INWARD not estimated"
              : outward == null ? "covers INWARD flows only; OUTWARD not estimated" : null;
      out.add(
          value(
              s,
              f.key(),
              total,
              comment,
              joinSources(
                  in == null ? null : in.sources(), outward == null ? null : outward.sources())));
    }
    return out;
  }

  private Observation value(Series s, Key k, double usd, String comment, String prices) {
    return National.of(
        s,
        k.area(),
        k.year(),
        Dims.commodity(k.commodity()),
        usd,
        null,
        null,
        "A",
        comment,
        withPrices(prices));
  }

  /**
   * The source of a market estimate with its price sources (methodology §4: every value keeps
   * them).
   */
  private String withPrices(String prices) {
    if (prices == null || prices.isBlank()) {
      return source;
    }
    return source == null ? "prices: " + prices : source + "; prices: " + prices;
  }
}
