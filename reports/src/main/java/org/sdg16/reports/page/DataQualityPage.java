package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sdg16.reports.model.QuarantineRow;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.codes.CodeLabels;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.ReconciliationRow;

/**
 * The data quality page: the findings and quarantined rows of the run (contract §2) by country,
 * file and rule.
 */
final class DataQualityPage extends PageParts {

  DataQualityPage(PageContext ctx) {
    super(ctx);
  }

  Page render() {
    List<Block> b = new ArrayList<>();
    List<FindingRecord> f = ctx.input().findings();
    List<QuarantineRow> q = ctx.input().quarantine();
    long errors = f.stream().filter(x -> x.severity().equals("ERROR")).count();
    b.add(
        Block.p(
            Fmt.count(f.size(), "finding", "findings")
                + " ("
                + Fmt.count(errors, "error", "errors")
                + ", "
                + Fmt.count(f.size() - errors, "warning", "warnings")
                + ") and "
                + Fmt.count(q.size(), "quarantined row or file", "quarantined rows or files")
                + ". Rows with an error are "
                + "quarantined and left out of every value; rows with a warning are kept and flagged. One bad cell never "
                + "rejects a country's whole return."));
    b.add(Block.h2("by-country", "By country and rule"));
    b.add(
        Block.table(
            countTable(f, x -> countryOf(x.raw()), "Country", name -> ctx.countryHref(name, ""))));
    b.add(Block.h2("by-file", "By file and rule"));
    b.add(Block.table(countTable(f, FindingRecord::file, "File", k -> null)));
    b.addAll(reconciliation());
    b.add(Block.h2("findings", "Every finding"));
    b.add(Block.table(findingsTable(f, "Findings with their messages", true)));
    b.add(Block.h2("quarantine", "Quarantined rows"));
    List<RowView> rows = new ArrayList<>();
    for (QuarantineRow r : q) {
      String raw =
          new TreeMap<>(r.raw())
              .entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining("; "));
      String why =
          r.findings().stream()
              .map(
                  p ->
                      p.code()
                          + (p.column() == null ? "" : " [" + p.column() + "]")
                          + ": "
                          + p.message())
              .collect(Collectors.joining(" | "));
      rows.add(
          RowView.of(
              Cell.text(CodeLabels.dataset(r.dataset())),
              Cell.text(r.sourceFile() + (r.sheet() == null ? "" : " / " + r.sheet())),
              Cell.num(r.sourceRow() == null ? "whole file" : Integer.toString(r.sourceRow())),
              countryCell(r.raw()),
              new Cell(raw, null, "mono wrap", null, false),
              new Cell(why, null, "wrap", null, false)));
    }
    b.add(
        Block.table(
            new TableView(
                Fmt.num(q.size(), 0) + " quarantined rows and files",
                null,
                List.of(
                    HeadCell.text("Dataset"),
                    HeadCell.text("File"),
                    HeadCell.num("Row"),
                    HeadCell.text("Country"),
                    HeadCell.text("Raw values"),
                    HeadCell.text("Why")),
                rows)));
    return new Page(
        "data-quality.html",
        "Data quality",
        "",
        ctx.nav("data-quality.html", ""),
        "Data quality",
        "What was wrong with the returns of this run, for the people who must correct them.",
        false,
        b,
        ctx.footer());
  }

  /**
   * Computed against published values (methodology §8): every pair that differs by more than the
   * tolerance or that has no computed value, with the likely reason; the pairs that agree counted.
   */
  private List<Block> reconciliation() {
    List<ReconciliationRow> all = ctx.input().reconciliation();
    List<Block> b = new ArrayList<>();
    b.add(Block.h2("published", "Differences from published values"));
    if (all.isEmpty()) {
      b.add(empty("published values to compare with"));
      return b;
    }
    long agree = all.stream().filter(r -> r.status().equals(ReconciliationRow.AGREES)).count();
    b.add(
        Block.p(
            "Each published value of the SDG database (the files of the inbox's published folder) is compared "
                + "with the value computed for the same series, country, year and breakdown. "
                + Fmt.count(all.size(), "value was", "values were")
                + " compared; "
                + Fmt.count(agree, "agrees", "agree")
                + " within the tolerance (0.05 percentage points for a percentage, by default). A difference "
                + "is a warning (published value differs); the likely reason is a hint, not a proof."));
    List<RowView> rows = new ArrayList<>();
    for (ReconciliationRow r : all) {
      if (r.status().equals(ReconciliationRow.AGREES)) {
        continue;
      }
      rows.add(
          RowView.of(
              Cell.rowHeader(Charts.shortTitle(r.series())),
              countryLink(r.refArea()),
              Cell.num(Integer.toString(r.timePeriod())),
              Cell.num(Fmt.value(r.computed(), r.unitMeasure())),
              Cell.num(Fmt.value(r.published(), r.unitMeasure())),
              Cell.num(
                  r.difference() == null ? "\u2013" : Fmt.signed(r.difference(), r.unitMeasure())),
              Cell.text(
                  r.status().equals(ReconciliationRow.NOT_COMPUTED)
                      ? "not computed" + (r.reason() == null ? "" : ": " + r.reason())
                      : r.reason() == null ? "none found" : r.reason())));
    }
    if (rows.isEmpty()) {
      b.add(Block.note("Every published value agrees with the computed one."));
      return b;
    }
    b.add(
        Block.table(
            new TableView(
                "Published values that differ from the computed ones",
                null,
                List.of(
                    HeadCell.text("Series"),
                    HeadCell.text("Country"),
                    HeadCell.num("Year"),
                    HeadCell.num("Computed"),
                    HeadCell.num("Published"),
                    HeadCell.num("Difference"),
                    HeadCell.text("Likely reason")),
                rows)));
    return b;
  }

  private Cell countryLink(int area) {
    String href = ctx.countryHref(area, "");
    return href == null ? Cell.text(ctx.name(area)) : Cell.link(ctx.name(area), href);
  }

  private TableView countTable(
      List<FindingRecord> f,
      java.util.function.Function<FindingRecord, String> key,
      String what,
      java.util.function.Function<String, String> href) {
    // one row per (country or file, rule), the rule in the plain words of the message catalogue
    // the feedback packs use, its code in the cell's title: a table as narrow as the page
    Map<String, Map<String, Integer>> n = new TreeMap<>();
    for (FindingRecord x : f) {
      n.computeIfAbsent(key.apply(x), k -> new TreeMap<>()).merge(x.code(), 1, Integer::sum);
    }
    List<RowView> rows = new ArrayList<>();
    n.forEach(
        (k, m) ->
            m.forEach(
                (code, count) ->
                    rows.add(
                        RowView.of(
                            Cell.rowHeader(k, href.apply(k)),
                            Cell.styled(rule(code), null, "rule " + code),
                            Cell.num(Fmt.num(count, 0))))));
    return new TableView(
        "Number of findings by " + what.toLowerCase(java.util.Locale.ROOT) + " and rule",
        null,
        List.of(HeadCell.text(what), HeadCell.text("Rule"), HeadCell.num("Findings")),
        rows);
  }

  /** A rule as the message catalogue says it ("A value must be above zero"), else its code. */
  static String rule(String code) {
    try {
      String m =
          org.sdg16.schemas.validation.Messages.of(org.sdg16.schemas.validation.Messages.Lang.EN)
              .message(org.sdg16.schemas.validation.FindingCode.valueOf(code));
      return m.isEmpty() ? code : Fmt.capitalised(m);
    } catch (IllegalArgumentException e) {
      return code;
    }
  }
}
