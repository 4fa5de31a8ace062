package org.sdg16.jobs.published;

import org.sdg16.schemas.dataset.TypedRow;

/**
 * One published observation, a row of the {@code published} table ({@code Datasets.PUBLISHED},
 * contract §1.6), with the data row of the file it came from. Values are kept as published: never
 * mixed into computed data, only drawn beside it.
 *
 * @param series series code as published (e.g. {@code VC_ARM_SZTRACE}, {@code VC_HTF_DETVSX})
 * @param refArea M49 code of the country, area or region
 * @param timePeriod year
 * @param sex {@code F}, {@code M} or {@code _T}
 * @param age {@code Y0T17}, {@code Y_GE18}, {@code _T} or {@code ALLAGE}
 * @param value the value; null when the file gives none
 * @param unitMeasure unit as published ({@code PT}, {@code NUMBER}, …), or null
 * @param obsStatus SDMX OBS_STATUS, or null
 * @param nature SDG NATURE, or null
 * @param comment observation comment, or null
 * @param source where it came from: file name, dataflow and source detail
 * @param sourceRow 1-based data row in the file
 */
public record PublishedRow(
    String series,
    int refArea,
    int timePeriod,
    String sex,
    String age,
    Double value,
    String unitMeasure,
    String obsStatus,
    String nature,
    String comment,
    String source,
    int sourceRow) {

  /** The row of an accepted {@link TypedRow} of the {@code published} declaration. */
  public static PublishedRow of(TypedRow r) {
    return new PublishedRow(
        r.code("series"),
        (Integer) r.get("ref_area"),
        (Integer) r.get("time_period"),
        r.code("sex"),
        r.code("age"),
        r.number("value"),
        r.code("unit_measure"),
        r.code("obs_status"),
        r.code("nature"),
        r.code("comment"),
        r.code("source"),
        r.row());
  }
}
