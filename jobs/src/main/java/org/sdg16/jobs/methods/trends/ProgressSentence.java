package org.sdg16.jobs.methods.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain sentence that keeps the progress categories and the trend test from contradicting each
 * other (methodology §6.3): every category that reports progress or deterioration, each with the
 * method it comes from, and — when Mann–Kendall finds no significant change, or could not run —
 * that fact in the same sentence, e.g. "progress made (Eurostat long-term); the change is not
 * statistically significant (Mann–Kendall p = 0.92)".
 */
public final class ProgressSentence {

  private ProgressSentence() {}

  /** One labelled category: the label names the method (and period). */
  public record Labelled(String label, MethodResult result) {}

  /**
   * The sentence, or null when no method reports progress or deterioration.
   *
   * @param results the configured methods' results, in order
   * @param mkP the Mann–Kendall p-value, null when the test did not run
   * @param mkS the Mann–Kendall S, null with {@code mkP}
   */
  public static String of(List<Labelled> results, Double mkP, Double mkS) {
    List<String> parts = new ArrayList<>();
    for (Labelled l : results) {
      if (l.result().tone() != MethodResult.Tone.NEUTRAL) {
        parts.add(l.result().category() + " (" + l.label() + ")");
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    String s = String.join("; ", parts);
    if (mkP == null) {
      return s + "; too few points for a trend test (Mann–Kendall needs 3)";
    }
    if (mkP > TrendDirection.ALPHA || mkS != null && mkS == 0) {
      return s
          + "; the change is not statistically significant (Mann–Kendall p = "
          + String.format(Locale.ROOT, "%.2f", mkP)
          + ")";
    }
    return s;
  }
}
