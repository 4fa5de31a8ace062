package org.sdg16.jobs.methods.indicators;

import java.util.List;
import java.util.Map;

/**
 * What the indicator formulas need from the warehouse, already grouped by Spark: small records, one
 * per country, year and breakdown. Values are null where the return left them blank (missing is not
 * zero).
 */
public final class Facts {

  private Facts() {}

  /** One value of an annual return (firearms or trafficking in persons) with its attributes. */
  public record Value(
      int area,
      int year,
      String measure,
      String d1,
      String d2,
      String d3,
      Double value,
      String obsStatus,
      String comment,
      String source) {}

  /** Port seizures of one country, year, commodity and canonical unit. */
  public record Ccp(
      int area, int year, String commodity, String unit, double quantity, long events) {}

  /**
   * Arms in significant cases of one seizing country and year by route. {@code departure} and
   * {@code destination} are null when unknown.
   */
  public record Route(int area, int year, Integer departure, Integer destination, double arms) {}

  /**
   * Arms in significant cases of one country and year whose origin is known, and those of them
   * manufactured or last imported abroad.
   */
  public record Origin(int area, int year, double armsKnown, double armsTransnational) {}

  /** Illicit market value of one country, year, commodity and flow, with the price sources. */
  public record Market(
      int area, int year, String commodity, String flow, double valueUsd, String sources) {}

  /**
   * Everything the indicators read, plus population by area and year and the {@code SOURCE_DETAIL}
   * of each dataset's values where a row names none ({@code PipelineConfig#source}).
   */
  public record All(
      List<Value> firearms,
      List<Value> tip,
      List<Ccp> ccp,
      List<Route> routes,
      List<Origin> origins,
      List<Market> markets,
      Map<Long, Double> population,
      Map<String, String> sources) {

    public All {
      firearms = List.copyOf(firearms);
      tip = List.copyOf(tip);
      ccp = List.copyOf(ccp);
      routes = List.copyOf(routes);
      origins = List.copyOf(origins);
      markets = List.copyOf(markets);
      population = Map.copyOf(population);
      sources = Map.copyOf(sources);
    }

    /** The source text of a dataset's values. */
    public String source(String dataset) {
      return sources.get(dataset);
    }

    public Double population(int area, int year) {
      return population.get(key(area, year));
    }
  }

  /** The population map key of an area and year. */
  public static long key(int area, int year) {
    return (long) area * 10_000L + year;
  }
}
