package org.sdg16.schemas.series;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SDG metadata of one series of the registry ({@link SeriesCatalogue}): the fields the UN SDG
 * metadata repository and national SDG platforms publish per indicator and series. Each series has
 * one file next to the registry, the resource {@code org/sdg16/schemas/metadata/<CODE>.yaml}
 * (contract §4.4, "SDG metadata"). The official series take their definition and computation from
 * the UN SDG metadata of their indicator, citing it in {@link #reference}; the project series say
 * what they are and that they are not official SDG data. Every field is required and not blank.
 *
 * @param series the series code, as the file name
 * @param definition definition and concepts
 * @param unit unit of measure
 * @param computation method of computation
 * @param disaggregation disaggregations published
 * @param missingValues treatment of missing values, at country level and in aggregates
 * @param regionalAggregation how regional and World values are formed (methodology §5)
 * @param sources data sources and collection
 * @param custodian custodian agency (official series) or who computes it (project series)
 * @param comparability comparability with international standards
 * @param lastUpdate the day the text was last revised, ISO {@code YYYY-MM-DD}
 * @param reference where the definition and computation come from: the UN SDG metadata and its
 *     edition, or the methodology section of a project series
 */
public record SeriesMetadata(
    String series,
    String definition,
    String unit,
    String computation,
    String disaggregation,
    @JsonProperty("missing_values") String missingValues,
    @JsonProperty("regional_aggregation") String regionalAggregation,
    String sources,
    String custodian,
    String comparability,
    @JsonProperty("last_update") String lastUpdate,
    String reference) {

  /** The resource folder of the metadata files. */
  public static final String FOLDER = "/org/sdg16/schemas/metadata/";

  public SeriesMetadata {
    String[][] fields = {
      {"series", series},
      {"definition", definition},
      {"unit", unit},
      {"computation", computation},
      {"disaggregation", disaggregation},
      {"missing_values", missingValues},
      {"regional_aggregation", regionalAggregation},
      {"sources", sources},
      {"custodian", custodian},
      {"comparability", comparability},
      {"last_update", lastUpdate},
      {"reference", reference}
    };
    for (String[] f : fields) {
      if (f[1] == null || f[1].isBlank()) {
        throw new IllegalArgumentException(
            "series metadata " + series + ": field '" + f[0] + "' is empty");
      }
    }
    if (!lastUpdate.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException(
          "series metadata " + series + ": last_update is YYYY-MM-DD, not " + lastUpdate);
    }
  }

  /** The fields as labelled for people, in the order the UN SDG metadata gives them. */
  public Map<String, String> fields() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Definition and concepts", definition);
    m.put("Unit of measure", unit);
    m.put("Method of computation", computation);
    m.put("Disaggregation", disaggregation);
    m.put("Treatment of missing values", missingValues);
    m.put("Regional aggregation", regionalAggregation);
    m.put("Data sources and collection", sources);
    m.put("Custodian agency", custodian);
    m.put("Comparability with international standards", comparability);
    m.put("Last update", lastUpdate);
    m.put("Reference", reference);
    return m;
  }

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final Map<String, SeriesMetadata> CACHE = new ConcurrentHashMap<>();

  /**
   * The metadata of a series of the registry, read once per JVM.
   *
   * @throws IllegalArgumentException when the series is not in the registry, has no file, or its
   *     file misses a field or names another series
   */
  public static SeriesMetadata of(String code) {
    if (SeriesCatalogue.byCode(code).isEmpty()) {
      throw new IllegalArgumentException("series " + code + " is not in the catalogue");
    }
    return CACHE.computeIfAbsent(code, SeriesMetadata::read);
  }

  /** The metadata of every series of the registry, in registry order. */
  public static List<SeriesMetadata> all() {
    return SeriesCatalogue.ALL.stream().map(s -> of(s.code())).toList();
  }

  private static SeriesMetadata read(String code) {
    String name = FOLDER + code + ".yaml";
    try (InputStream in = SeriesMetadata.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("series " + code + " has no metadata file " + name);
      }
      SeriesMetadata m = YAML.readValue(in, SeriesMetadata.class);
      if (!code.equals(m.series())) {
        throw new IllegalArgumentException(name + " names series " + m.series() + ", not " + code);
      }
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
