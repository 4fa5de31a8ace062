package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
            count(f.size(), "finding")
                + " ("
                + count(errors, "error")
                + ", "
                + count(f.size() - errors, "warning")
                + ") and "
                + count(q.size(), "quarantined row or file", "quarantined rows or files")
                + ". Rows with an error are "
                + "quarantined and left out of every value; rows with a warning are kept and flagged. One bad cell never "
                + "rejects a country's whole return."));
    b.add(Block.h2("by-country", "By country and rule"));
    b.add(Block.table(countTable(f, x -> countryOf(x.raw()), "Country")));
    b.add(Block.h2("by-file", "By file and rule"));
    b.add(Block.table(countTable(f, FindingRecord::file, "File")));
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
              Cell.text(countryOf(r.raw())),
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

  private static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(long n, String one, String many) {
    return Fmt.num(n, 0) + " " + (n == 1 ? one : many);
  }

  private TableView countTable(
      List<FindingRecord> f, java.util.function.Function<FindingRecord, String> key, String what) {
    TreeSet<String> codes =
        f.stream().map(FindingRecord::code).collect(Collectors.toCollection(TreeSet::new));
    Map<String, Map<String, Integer>> n = new TreeMap<>();
    for (FindingRecord x : f) {
      n.computeIfAbsent(key.apply(x), k -> new TreeMap<>()).merge(x.code(), 1, Integer::sum);
    }
    List<HeadCell> head = new ArrayList<>(List.of(HeadCell.text(what)));
    codes.forEach(c -> head.add(HeadCell.num(c)));
    head.add(HeadCell.num("Total"));
    List<RowView> rows = new ArrayList<>();
    n.forEach(
        (k, m) -> {
          List<Cell> cells = new ArrayList<>(List.of(Cell.rowHeader(k)));
          codes.forEach(c -> cells.add(Cell.num(m.containsKey(c) ? Fmt.num(m.get(c), 0) : "")));
          cells.add(Cell.num(Fmt.num(m.values().stream().mapToInt(Integer::intValue).sum(), 0)));
          rows.add(RowView.of(cells));
        });
    return new TableView(
        "Number of findings by " + what.toLowerCase(java.util.Locale.ROOT) + " and rule",
        null,
        head,
        rows);
  }
}
