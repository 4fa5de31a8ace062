package org.sdg16.reports.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sdg16.reports.model.Changes;
import org.sdg16.reports.page.View.Block;
import org.sdg16.reports.page.View.Cell;
import org.sdg16.reports.page.View.HeadCell;
import org.sdg16.reports.page.View.Page;
import org.sdg16.reports.page.View.RowView;
import org.sdg16.reports.page.View.TableView;
import org.sdg16.schemas.output.Observation;

/**
 * "What changed since release X" (contract §4.5): the values added, revised and withdrawn since the
 * latest release, counted by series and listed one by one, as {@code sdg16 diff} finds them.
 */
final class ChangesPage extends PageParts {

  /** The page's file, in the navigation. */
  static final String FILE = "changes.html";

  /** Most changes listed one by one; the {@code diff} command's files hold every one. */
  static final int MAX_LISTED = 500;

  ChangesPage(PageContext ctx) {
    super(ctx);
  }

  Page render() {
    Changes c = ctx.input().changes();
    List<Block> b = new ArrayList<>();
    if (c == null) {
      b.add(
          Block.p(
              "No release has been named yet, so there is nothing to compare with. Name one with "
                  + "./sdg16 release NAME; the next report then shows what changed since it."));
      return page(FILE, "What changed since the last release", null, false, b);
    }
    Map<String, int[]> bySeries = new TreeMap<>();
    for (Changes.Change x : c.changes()) {
      int[] n = bySeries.computeIfAbsent(x.observation().series(), k -> new int[3]);
      n[x.kind().equals("added") ? 0 : x.kind().equals("revised") ? 1 : 2]++;
    }
    b.add(
        Block.p(
            Fmt.count(c.changes().size(), "value", "values")
                + " changed since release "
                + c.release()
                + ": "
                + Fmt.count(count(c, "added"), "added", "added")
                + ", "
                + Fmt.count(count(c, "revised"), "revised", "revised")
                + ", "
                + Fmt.count(count(c, "withdrawn"), "withdrawn", "withdrawn")
                + ". A withdrawn value was published in the release and is not computed now (its file was "
                + "taken out, or its row is now quarantined); the SDMX delta file (export --since) deletes it "
                + "from the SDG database. The command ./sdg16 diff lists the input file and row behind each "
                + "change."));
    if (c.changes().isEmpty()) {
      return page(FILE, "What changed since release " + c.release(), null, false, b);
    }
    List<RowView> sum = new ArrayList<>();
    bySeries.forEach(
        (s, n) ->
            sum.add(
                RowView.of(
                    Cell.rowHeader(Charts.shortTitle(s)),
                    Cell.num(Fmt.num(n[0], 0)),
                    Cell.num(Fmt.num(n[1], 0)),
                    Cell.num(Fmt.num(n[2], 0)))));
    b.add(Block.h2("by-series", "By series"));
    b.add(
        Block.table(
            new TableView(
                "Values added, revised and withdrawn, by series",
                null,
                List.of(
                    HeadCell.text("Series"),
                    HeadCell.num("Added"),
                    HeadCell.num("Revised"),
                    HeadCell.num("Withdrawn")),
                sum)));
    b.add(Block.h2("values", "Each value"));
    List<RowView> rows = new ArrayList<>();
    for (Changes.Change x : c.changes().subList(0, Math.min(MAX_LISTED, c.changes().size()))) {
      Observation o = x.observation();
      String unit = o.unitMeasure();
      Double before = x.before() == null ? null : x.before().value();
      Double after = x.after() == null ? null : x.after().value();
      String diff =
          before == null || after == null
              ? "\u2013"
              : Fmt.signed(after - before, unit)
                  + ("PT".equals(unit) ? " points" : "")
                  + (before == 0 ? "" : " (" + Fmt.rate((after - before) / Math.abs(before)) + ")");
      String href = ctx.countryHref(o.refArea(), "");
      rows.add(
          RowView.of(
              Cell.text(x.kind()),
              Cell.rowHeader(Charts.shortTitle(o.series())),
              href == null
                  ? Cell.text(ctx.name(o.refArea()))
                  : Cell.link(ctx.name(o.refArea()), href),
              Cell.num(Integer.toString(o.timePeriod())),
              Cell.text(disaggregation(o)),
              Cell.num(Fmt.valueWithUnit(before, unit)),
              Cell.num(Fmt.valueWithUnit(after, unit)),
              Cell.num(diff)));
    }
    b.add(
        Block.table(
            new TableView(
                c.changes().size() > MAX_LISTED
                    ? "The first "
                        + MAX_LISTED
                        + " changed values (the diff command's files hold all)"
                    : "Every changed value",
                null,
                List.of(
                    HeadCell.text("Change"),
                    HeadCell.text("Series"),
                    HeadCell.text("Area"),
                    HeadCell.num("Year"),
                    HeadCell.text("Breakdown"),
                    HeadCell.num("In the release"),
                    HeadCell.num("Now"),
                    HeadCell.num("Difference")),
                rows)));
    return page(FILE, "What changed since release " + c.release(), null, false, b);
  }

  private static long count(Changes c, String kind) {
    return c.changes().stream().filter(x -> x.kind().equals(kind)).count();
  }
}
