package org.sdg16.schemas.codes;

import java.util.Collection;
import java.util.List;

/**
 * The reliability order of SDMX {@code OBS_STATUS} codes (code list CL_OBS_STATUS), used where a
 * value is computed from several others: the computed value takes the least reliable status of its
 * inputs (methodology §5), so that one provisional member makes a regional value provisional.
 *
 * <p>SDMX defines the codes, not an order. Ours, least reliable first: {@code U} low reliability,
 * {@code E} estimated, {@code I} imputed, {@code F} forecast, {@code G} experimental, {@code P}
 * provisional, {@code V} unvalidated, {@code D} definition differs, {@code B} time series break,
 * then every other code, and {@code A} normal last.
 */
public final class ObsStatus {

  private ObsStatus() {}

  /** The normal value. */
  public static final String NORMAL = "A";

  /** Low reliability: also the status of a project reported total (methodology §5). */
  public static final String LOW_RELIABILITY = "U";

  /** Least reliable first; codes not listed rank after these and before {@code A}. */
  static final List<String> LEAST_RELIABLE_FIRST =
      List.of("U", "E", "I", "F", "G", "P", "V", "D", "B");

  /** The least reliable of some statuses; a null or blank status counts as normal. */
  public static String leastReliable(Collection<String> statuses) {
    String worst = NORMAL;
    for (String s : statuses) {
      if (s != null && !s.isBlank() && rank(s) < rank(worst)) {
        worst = s;
      }
    }
    return worst;
  }

  private static int rank(String s) {
    int i = LEAST_RELIABLE_FIRST.indexOf(s);
    if (i >= 0) {
      return i;
    }
    return NORMAL.equals(s) ? LEAST_RELIABLE_FIRST.size() + 1 : LEAST_RELIABLE_FIRST.size();
  }
}
