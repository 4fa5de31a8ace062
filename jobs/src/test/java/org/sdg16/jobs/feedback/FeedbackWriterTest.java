package org.sdg16.jobs.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdg16.jobs.diff.RowSet;
import org.sdg16.jobs.diff.SnapshotDiff;
import org.sdg16.schemas.codes.M49;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.ReconciliationRow;
import org.sdg16.schemas.validation.FindingCode;
import org.sdg16.schemas.validation.Messages;
import org.sdg16.schemas.validation.Messages.Lang;

/** The feedback workbook of a made-up country with findings in a CSV file and a workbook. */
class FeedbackWriterTest {

  @TempDir Path dir;

  private static Map<String, String> raw(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** Kenya: a formula-like port name in a CSV file, a negative value in a workbook sheet. */
  private static FeedbackPacks.Packs packs() {
    Map<String, String> csvRow =
        raw("seizure_id", "K-1", "ref_area", "KEN", "port", "=HYPERLINK(\"x\")", "quantity", "abc");
    Map<String, String> xlsxRow =
        raw("ref_area", "404", "year", "2020", "measure", "SEIZED", "value", "-1");
    List<FindingRecord> findings =
        List.of(
            new FindingRecord(
                "ccp",
                "ccp/ken.csv",
                null,
                3,
                "quantity",
                "BAD_NUMBER",
                "ERROR",
                "quantity 'abc' is not a number",
                csvRow),
            new FindingRecord(
                "firearms",
                "workbooks/ken.xlsx",
                "firearms",
                7,
                "value",
                "NEGATIVE_VALUE",
                "ERROR",
                "value -1 is below 0",
                xlsxRow),
            new FindingRecord(
                "firearms",
                "workbooks/ken.xlsx",
                "notes",
                null,
                null,
                "UNKNOWN_SHEET",
                "WARNING",
                "sheet 'notes' names no dataset",
                Map.of()));
    List<FeedbackPacks.Quarantined> q =
        List.of(
            new FeedbackPacks.Quarantined(
                "ccp", "ccp/ken.csv", null, 3, csvRow, List.of("BAD_NUMBER"), "r1"),
            new FeedbackPacks.Quarantined(
                "firearms",
                "workbooks/ken.xlsx",
                "firearms",
                7,
                xlsxRow,
                List.of("NEGATIVE_VALUE"),
                "r1"));
    List<FeedbackPacks.Stored> stored =
        List.of(
            new FeedbackPacks.Stored("ccp", "ccp/ken.csv", null, 404, 5, "2025-01-02", "r1"),
            new FeedbackPacks.Stored(
                "firearms", "workbooks/ken.xlsx", "firearms", 404, 9, "2025-02-03", "r1"));
    Map<FeedbackPacks.FileKey, FeedbackPacks.FileFacts> facts =
        Map.of(
            new FeedbackPacks.FileKey("ccp/ken.csv", null),
            new FeedbackPacks.FileFacts("aa11", "2025-03-01", 6, 5, 1),
            new FeedbackPacks.FileKey("workbooks/ken.xlsx", "firearms"),
            new FeedbackPacks.FileFacts("bb22", "2025-03-01", 10, 9, 1),
            new FeedbackPacks.FileKey("workbooks/ken.xlsx", null),
            new FeedbackPacks.FileFacts("bb22", "2025-03-01", null, null, null));
    // Kenya 2018: 28.32 published, 29.69 computed (a difference of 1.37 points, above 0.05)
    List<ReconciliationRow> reconciliation =
        List.of(
            new ReconciliationRow(
                "VC_ARM_SZTRACE",
                404,
                2018,
                "_T",
                "_T",
                "PT",
                29.69,
                28.32,
                29.69 - 28.32,
                0.05,
                ReconciliationRow.DIFFERS,
                "revision after publication",
                null,
                "published/unsd.csv",
                4,
                null,
                null),
            new ReconciliationRow(
                "VC_ARM_SZTRACE",
                404,
                2019,
                "_T",
                "_T",
                "PT",
                30.0,
                30.0,
                0.0,
                0.05,
                ReconciliationRow.AGREES,
                null,
                null,
                "published/unsd.csv",
                5,
                null,
                null));
    return FeedbackPacks.build(
        M49.standard(), "000007", List.of(), reconciliation, findings, q, stored, List.of(), facts);
  }

  @Test
  void everyFindingWithItsRawValueAsReceivedAndWhatWouldPass() throws Exception {
    CountryPack ken = packs().byArea().get(404);
    Messages en = Messages.of(Lang.EN);
    Path xlsx = FeedbackWriter.write(dir, ken, en);
    assertThat(xlsx.getFileName()).hasToString("404-Kenya.xlsx");
    assertThat(Workbooks.sheetNames(xlsx))
        .containsExactly(
            "cover", "findings", "quarantine", "indicators", "published values", "changes")
        .containsExactlyElementsOf(FeedbackWriter.sheetNames(en));

    List<List<Object>> f = Workbooks.sheet(xlsx, "findings");
    assertThat(f.get(0)).containsExactlyElementsOf(FeedbackWriter.findingColumns(en));
    assertThat(f).hasSize(4);
    // file, sheet, row, column, raw value, code, severity, message, accepted, details
    assertThat(f.get(1).subList(0, 6))
        .containsExactly("ccp/ken.csv", null, 3L, "quantity", "abc", "BAD_NUMBER");
    assertThat(f.get(1).get(7)).isEqualTo(FindingCode.BAD_NUMBER.description());
    assertThat(f.get(1).get(8)).isEqualTo(en.accepted(FindingCode.BAD_NUMBER));
    // a text cell, not the number -1: exactly as received
    assertThat(f.get(2).subList(0, 6))
        .containsExactly("workbooks/ken.xlsx", "firearms", 7L, "value", "-1", "NEGATIVE_VALUE");
    assertThat(f.get(3).subList(0, 3)).containsExactly("workbooks/ken.xlsx", "notes", null);

    List<List<Object>> q = Workbooks.sheet(xlsx, "quarantine");
    int port = q.get(0).indexOf("port");
    // the one change to a raw value: the quote that keeps a spreadsheet from running it
    assertThat(q.get(1).get(port)).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(q.get(2).get(q.get(0).indexOf("value"))).isEqualTo("-1");

    // the published value that differs, not the one that agrees
    List<List<Object>> pub = Workbooks.sheet(xlsx, "published values");
    assertThat(pub).hasSize(2);
    assertThat(pub.get(1).subList(0, 7))
        .containsExactly("VC_ARM_SZTRACE", 2018L, "_T", "_T", "PT", 29.69, 28.32);
    assertThat(pub.get(1).get(9)).isEqualTo("differs");

    List<List<Object>> cover = Workbooks.sheet(xlsx, "cover");
    assertThat(cover.get(2)).containsExactly("Country", "Kenya");
    assertThat(cover).anySatisfy(r -> assertThat(r).contains("ccp/ken.csv", "aa11", 6L, 5L, 1L));
    assertThat(cover)
        .anySatisfy(
            r -> assertThat(r).contains("workbooks/ken.xlsx", "firearms", "bb22", "2025-02-03"));
  }

  @Test
  void frenchChangesSheetNamesHeadersAndMessages() throws Exception {
    CountryPack ken = packs().byArea().get(404);
    Messages fr = Messages.of(Lang.FR);
    Path xlsx = FeedbackWriter.write(dir, ken, fr);
    assertThat(Workbooks.sheetNames(xlsx))
        .containsExactly(
            "couverture",
            "constats",
            "quarantaine",
            "indicateurs",
            "valeurs publiées",
            "modifications");
    List<List<Object>> f = Workbooks.sheet(xlsx, "constats");
    assertThat(f.get(0)).contains("fichier", "ligne", "valeur brute", "ce qui serait accepté");
    assertThat(f.get(0)).doesNotContain("file", "raw value");
    assertThat(f.get(1).get(7)).isEqualTo(fr.message(FindingCode.BAD_NUMBER));
    assertThat(f.get(1).get(7)).isNotEqualTo(FindingCode.BAD_NUMBER.description());
    // the raw value does not change with the language
    assertThat(f.get(1).get(4)).isEqualTo("abc");
  }

  @Test
  void aRowThatNamesNoCountryGoesOnlyToTheCountryOfASingleCountryFile() {
    Map<String, String> bad = raw("ref_area", "XYZ", "year", "2021");
    FindingRecord inRegional =
        new FindingRecord(
            "tip", "tip/asia.csv", null, 4, "ref_area", "UNKNOWN_AREA", "ERROR", "m", bad);
    FindingRecord inNational =
        new FindingRecord(
            "tip", "tip/tha.csv", null, 2, "ref_area", "UNKNOWN_AREA", "ERROR", "m", bad);
    FindingRecord wholeFile =
        new FindingRecord(
            "tip", "tip/asia.csv", null, null, "sex", "UNKNOWN_COLUMN", "ERROR", "m", Map.of());
    List<FeedbackPacks.Stored> stored =
        List.of(
            new FeedbackPacks.Stored("tip", "tip/asia.csv", null, 764, 3, null, "r"),
            new FeedbackPacks.Stored("tip", "tip/asia.csv", null, 586, 3, null, "r"),
            new FeedbackPacks.Stored("tip", "tip/tha.csv", null, 764, 3, null, "r"));
    FeedbackPacks.Packs p =
        FeedbackPacks.build(
            M49.standard(),
            "1",
            List.of(),
            List.of(),
            List.of(inRegional, inNational, wholeFile),
            List.of(),
            stored,
            List.of(),
            Map.of());
    assertThat(p.unattributed()).containsExactly(inRegional);
    assertThat(p.byArea().get(764).findings()).containsExactlyInAnyOrder(inNational, wholeFile);
    assertThat(p.byArea().get(586).findings()).containsExactly(wholeFile);
  }

  private static Observation traced(int area, Double value, String reporting) {
    return new Observation(
        "VC_ARM_SZTRACE",
        area,
        2018,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "PT",
        value,
        value * 10,
        1000.0,
        null,
        "C",
        reporting,
        1,
        null,
        null,
        "UNODC, IAFQ",
        false);
  }

  @Test
  void theChangesSinceTheLatestReleaseAreTheCountrysNationalOnes() throws Exception {
    RowSet now = new RowSet("firearms", 404, 2018, "firearms/ken_fix.csv", null, List.of(2, 3), 2);
    SnapshotDiff.Change revised =
        new SnapshotDiff.Change(
            SnapshotDiff.Kind.REVISED,
            traced(404, 25.0, "N"),
            traced(404, 30.0, "N"),
            List.of("value"),
            List.of(now),
            List.of(),
            List.of(),
            List.of());
    SnapshotDiff.Change region =
        new SnapshotDiff.Change(
            SnapshotDiff.Kind.REVISED,
            traced(14, 20.0, "G"),
            traced(14, 21.0, "G"),
            List.of("value"),
            List.of(now),
            List.of(),
            List.of(),
            List.of());
    CountryPack ken =
        packs().byArea().get(404).withChanges("sdg-2026-02", List.of(revised, region));
    assertThat(ken.changes()).containsExactly(revised);
    Messages es = Messages.of(Lang.ES);
    Path xlsx = FeedbackWriter.write(dir, ken, es);
    List<List<Object>> c = Workbooks.sheet(xlsx, "cambios");
    assertThat(c).hasSize(2);
    // change, series, year, breakdown, unit, before, after, difference, %, rows now
    assertThat(c.get(1).subList(0, 10))
        .containsExactly(
            "revisada",
            "VC_ARM_SZTRACE",
            2018L,
            "_T",
            "PT",
            25L,
            30L,
            5L,
            20L,
            "firearms/ken_fix.csv rows 2-3");
    assertThat(Workbooks.sheet(xlsx, "portada"))
        .anySatisfy(
            r -> assertThat(r).containsExactly("Cambios desde la publicación", "sdg-2026-02"));
  }

  @Test
  void thePdfBesideTheWorkbookHasTheSameFindingsAndLabels() throws Exception {
    CountryPack ken = packs().byArea().get(404);
    Path pdf = FeedbackPdf.write(dir, ken, Messages.of(Lang.FR));
    assertThat(pdf.getFileName()).hasToString("404-Kenya.pdf");
    String text;
    try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
    }
    assertThat(text)
        .contains("Retour de validation: Kenya")
        .contains("valeur brute")
        .contains("NEGATIVE_VALUE")
        .contains("ccp/ken.csv")
        .contains("bb22")
        // raw as received, without the workbook's formula quote
        .contains("port==HYPERLINK(\"x\")");
  }

  @Test
  void fileNamesAreAsciiWithTheM49Code() {
    assertThat(FeedbackWriter.fileName(384, "Côte d’Ivoire")).isEqualTo("384-Cote_d_Ivoire.xlsx");
  }
}
