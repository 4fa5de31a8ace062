package org.sdg16.jobs.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sdg16.schemas.output.FindingRecord;
import org.sdg16.schemas.output.Observation;
import org.sdg16.schemas.output.TrendRow;

/** Small hand-made output tables for the writer tests. */
final class ExportSamples {

  static final String HYPERLINK = "=HYPERLINK(\"http://example.org/x\",\"click\")";

  private ExportSamples() {}

  static Observation obs(
      String series,
      int area,
      int year,
      String sex,
      String age,
      String exploitation,
      String commodity,
      String unit,
      Double value,
      String status,
      String nature,
      String reporting,
      String comment,
      String source) {
    return new Observation(
        series,
        area,
        year,
        sex,
        age,
        exploitation,
        "_T",
        "_T",
        commodity,
        "_T",
        unit,
        value,
        null,
        null,
        status,
        nature,
        reporting,
        reporting.equals("G") ? 2 : 1,
        reporting.equals("G") ? 0.62 : null,
        comment,
        source);
  }

  /** Official and project observations, a missing value, an aggregate, formula-like text. */
  static List<Observation> observations() {
    List<Observation> o = new ArrayList<>();
    o.add(
        new Observation(
            "VC_ARM_SZTRACE",
            484,
            2016,
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "PT",
            22.91,
            229.1,
            1000.0,
            "A",
            "C",
            "N",
            1,
            null,
            HYPERLINK,
            "IAFQ national response"));
    o.add(
        obs(
            "VC_ARM_SZTRACE",
            484,
            2017,
            "_T",
            "_T",
            "_T",
            "_T",
            "PT",
            null,
            "O",
            "C",
            "N",
            "denominator not reported",
            null));
    o.add(
        obs(
            "VC_ARM_SZTRACE",
            170,
            2017,
            "_T",
            "_T",
            "_T",
            "_T",
            "PT",
            34.08,
            "A",
            "C",
            "N",
            "-3",
            "Côte d’Ivoire desk, \"IAFQ\""));
    o.add(
        obs(
            "VC_ARM_SZTRACE",
            1,
            2017,
            "_T",
            "_T",
            "_T",
            "_T",
            "PT",
            30.5,
            "A",
            "G",
            "G",
            null,
            null));
    o.add(
        obs(
            "VC_HTF_DETV",
            404,
            2020,
            "_T",
            "_T",
            "_T",
            "_T",
            "NUMBER",
            120.0,
            "A",
            "C",
            "N",
            null,
            null));
    o.add(
        obs(
            "VC_HTF_DETV",
            404,
            2020,
            "F",
            "Y0T17",
            "_T",
            "_T",
            "NUMBER",
            35.0,
            "A",
            "C",
            "N",
            null,
            null));
    o.add(
        obs(
            "VC_HTF_DETV",
            404,
            2020,
            "M",
            "Y_GE18",
            "_T",
            "_T",
            "NUMBER",
            40.0,
            "E",
            "CA",
            "N",
            null,
            null));
    o.add(
        obs(
            "VC_HTF_DETV",
            404,
            2020,
            "_T",
            "_T",
            "SEXUAL",
            "_T",
            "NUMBER",
            60.0,
            "A",
            "C",
            "N",
            null,
            null));
    o.add(
        obs(
            "VC_HTF_DETV",
            404,
            2020,
            "_T",
            "_T",
            "FORCED_LABOUR",
            "_T",
            "NUMBER",
            25.0,
            "A",
            "C",
            "N",
            null,
            null));
    o.add(
        new Observation(
            "FA_SEIZED",
            484,
            2016,
            "_T",
            "_T",
            "_T",
            "PISTOL",
            "_T",
            "_T",
            "_T",
            "NUMBER",
            12000.0,
            null,
            null,
            "A",
            "C",
            "N",
            1,
            null,
            "@SUM(A1:A9)",
            "+cmd|' /C calc'!A0"));
    o.add(
        obs(
            "TIP_DETV_R",
            404,
            2020,
            "_T",
            "_T",
            "_T",
            "_T",
            "PER_100000_POP",
            0.2271,
            "A",
            "C",
            "N",
            null,
            null));
    o.add(
        obs(
            "CCP_SEIZED_QTY",
            1,
            2017,
            "_T",
            "_T",
            "_T",
            "COCAINE",
            "KG",
            48220.0,
            "A",
            "C",
            "G",
            null,
            null));
    o.add(
        obs(
            "CCP_SEIZURES",
            1,
            2017,
            "_T",
            "_T",
            "_T",
            "CIGARETTES",
            "NUMBER",
            215816580.0,
            "A",
            "C",
            "G",
            null,
            null));
    o.add(
        obs(
            "IFF_CRIME_TOTAL",
            170,
            2020,
            "_T",
            "_T",
            "_T",
            "COCAINE",
            "USD",
            1.5e9,
            "A",
            "M",
            "N",
            null,
            "price: UNODC World Drug Report"));
    o.add(
        obs(
            "IFF_CRIME_TOTAL",
            170,
            2020,
            "_T",
            "_T",
            "_T",
            "_T",
            "USD",
            2.25e9,
            "A",
            "M",
            "N",
            null,
            null));
    return o;
  }

  static List<TrendRow> trends() {
    return List.of(
        new TrendRow(
            "VC_ARM_SZTRACE",
            484,
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "_T",
            "PT",
            "N",
            6,
            2016,
            2021,
            0.0045,
            0.0121,
            -0.031,
            0.0573,
            -12.5,
            -20.25,
            3.0,
            25.0,
            3.0,
            0.2,
            28.33,
            0.7194,
            "no significant trend",
            -5.18,
            -18.1,
            null,
            null),
        new TrendRow(
            "FA_SEIZED",
            484,
            "_T",
            "_T",
            "_T",
            "PISTOL",
            "_T",
            "_T",
            "_T",
            "NUMBER",
            "N",
            2,
            2016,
            2017,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "insufficient_points"));
  }

  static List<FindingRecord> findings() {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("ref_area", "MEX");
    raw.put("year", "2020");
    raw.put("value", "=1+2");
    raw.put("comment", "-3");
    return List.of(
        new FindingRecord(
            "firearms",
            "firearms/mex.csv",
            null,
            3,
            "value",
            "BAD_NUMBER",
            "ERROR",
            "value '=1+2' is not a number",
            raw),
        new FindingRecord(
            "tip",
            "workbooks/return.xlsx",
            "=Sheet1",
            null,
            null,
            "UNKNOWN_SHEET",
            "WARNING",
            "sheet '=Sheet1' names no dataset and was not read",
            null),
        new FindingRecord(
            "firearms",
            "firearms/mex.csv",
            null,
            null,
            null,
            "UNKNOWN_COLUMN",
            "ERROR",
            "-unknown column(s) 'valeur'",
            Map.of()));
  }

  /** The same rows in another order. */
  static <T> List<T> shuffled(List<T> rows, long seed) {
    List<T> s = new ArrayList<>(rows);
    Collections.shuffle(s, new Random(seed));
    return s;
  }
}
