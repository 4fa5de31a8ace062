package org.sdg16.jobs.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.series.Series;
import org.sdg16.schemas.series.SeriesCatalogue;
import org.sdg16.schemas.series.SeriesMetadata;

/**
 * The metadata file of one indicator in an Open SDG data repository (contract §4.4, "SDG
 * metadata"): {@code meta/16-4-2.md}, Markdown with YAML front matter, as the Open SDG data starter
 * keeps it ({@code meta/<goal>-<target>-<indicator>.md}).
 *
 * <p>The front matter has Open SDG's mandatory fields ({@code data_non_statistical}, {@code
 * indicator_name}, {@code indicator_number}, {@code reporting_status}, {@code graph_title}, {@code
 * graph_type}; open-sdg documentation "Metadata format"), its usual ones ({@code sdg_goal}, {@code
 * target_id}, {@code indicator_sort_order}, {@code un_custodian_agency}, {@code goal_meta_link},
 * {@code data_show_map}, {@code national_geographical_coverage}, {@code precision} per series and
 * unit), the metadata of the indicator's first official series (else its first series) under Open
 * SDG's {@code computation_definitions}, {@code computation_units}, {@code
 * computation_calculations}, {@code computation_disaggregation}, and under five fields of this
 * export that a site lists in its schema to show them: {@code computation_missing_values}, {@code
 * computation_regional_aggregation}, {@code data_sources}, {@code computation_comparability},
 * {@code metadata_last_update}, with {@code metadata_reference}. The body has one section per
 * series of the file, with every field of {@link SeriesMetadata}. Every value is a YAML
 * double-quoted string or a number, so no text can break the front matter.
 */
final class OpenSdgMeta {

  /** The UN titles of the indicators that have an Open SDG file. */
  private static final Map<String, String> INDICATOR_NAMES =
      Map.of(
          "16.4.2",
          "Proportion of seized, found or surrendered arms whose illicit origin or context has been"
              + " traced or established by a competent authority in line with international"
              + " instruments",
          "16.2.2",
          "Number of victims of human trafficking per 100,000 population, by sex, age and form of"
              + " exploitation",
          "16.4.1",
          "Total value of inward and outward illicit financial flows (in current United States"
              + " dollars)");

  private OpenSdgMeta() {}

  /** The file name of an indicator: {@code 16.4.2} → {@code 16-4-2.md}. */
  static String fileName(String indicator) {
    return indicator.replace('.', '-') + ".md";
  }

  /**
   * Writes the metadata of an indicator whose file holds {@code series} (file order) to a stream
   * (left open); {@code area} is the country of the national layout, null for the custodian one.
   */
  static void write(OutputStream out, String indicator, List<String> series, Integer area)
      throws IOException {
    List<Series> all = series.stream().map(c -> SeriesCatalogue.byCode(c).orElseThrow()).toList();
    Series head = all.stream().filter(Series::official).findFirst().orElse(all.get(0));
    SeriesMetadata m = SeriesMetadata.of(head.code());
    String[] parts = indicator.split("\\.");
    Map<String, String> f = new LinkedHashMap<>();
    f.put("data_non_statistical", "false");
    f.put("indicator_number", q(indicator));
    f.put("indicator_name", q(INDICATOR_NAMES.getOrDefault(indicator, head.title())));
    f.put("indicator_sort_order", q(sortOrder(parts)));
    f.put("sdg_goal", q(parts[0]));
    f.put("target_id", q(parts[0] + "." + parts[1]));
    f.put("reporting_status", q("complete"));
    f.put("graph_type", q("line"));
    f.put("graph_title", q(head.title()));
    f.put("un_custodian_agency", q(head.official() ? m.custodian() : "none (project series)"));
    f.put(
        "goal_meta_link",
        q("https://unstats.un.org/sdgs/metadata/files/Metadata-" + sortOrder(parts) + ".pdf"));
    f.put("goal_meta_link_text", q("United Nations Sustainable Development Goals Metadata"));
    f.put("data_show_map", area == null ? "true" : "false");
    f.put(
        "national_geographical_coverage",
        q(
            area == null
                ? "World, regions and reporting countries (custodian layout)"
                : M49.standard().nameOf(area)));
    f.put("computation_definitions", q(m.definition()));
    f.put("computation_units", q(m.unit()));
    f.put("computation_calculations", q(m.computation()));
    f.put("computation_disaggregation", q(m.disaggregation()));
    f.put("computation_missing_values", q(m.missingValues()));
    f.put("computation_regional_aggregation", q(m.regionalAggregation()));
    f.put("data_sources", q(m.sources()));
    f.put("computation_comparability", q(m.comparability()));
    f.put("metadata_last_update", q(m.lastUpdate()));
    f.put("metadata_reference", q(m.reference()));

    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("---\n");
    for (Map.Entry<String, String> e : f.entrySet()) {
      w.write(e.getKey() + ": " + e.getValue() + "\n");
    }
    w.write("precision:\n");
    for (Series s : all) {
      w.write("  - series: " + q(s.code()) + "\n");
      w.write("    unit: " + q(s.unitMeasure()) + "\n");
      w.write("    decimals: " + s.decimals() + "\n");
    }
    w.write("---\n");
    for (Series s : all) {
      w.write("\n## " + s.code() + ": " + s.title() + "\n\n");
      w.write(
          s.official()
              ? "Official SDG series.\n"
              : "Project series of sdg16, not an official SDG series.\n");
      for (Map.Entry<String, String> e : SeriesMetadata.of(s.code()).fields().entrySet()) {
        w.write("\n**" + e.getKey() + ".** " + e.getValue().strip() + "\n");
      }
    }
    w.flush();
  }

  /** {@code 16.4.2} → {@code 16-04-02}, as Open SDG sorts indicators. */
  private static String sortOrder(String[] parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (b.length() > 0) {
        b.append('-');
      }
      b.append(p.length() == 1 ? "0" + p : p);
    }
    return b.toString();
  }

  /** A YAML double-quoted scalar. */
  static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.strip().toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r', '\t' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
