/**
 * The trend estimators and the progress classification of methodology §6 (Trends), in plain Java.
 *
 * <p>Everything here is pure computation on a short annual series: a list of {@link
 * org.sdg16.jobs.methods.trends.TrendPoint}s in, immutable results out. There is no Spark, no I/O
 * and no state; a Spark job groups the {@code observations} rows by series × area × disaggregation
 * and calls {@link org.sdg16.jobs.methods.trends.TrendAnalysis#analyse} once per group. {@code
 * ArchitectureTest} keeps Spark out of this package.
 *
 * <ul>
 *   <li>{@link org.sdg16.jobs.methods.trends.Cagr}: compound annual growth rate;
 *   <li>{@link org.sdg16.jobs.methods.trends.LogLinearTrend}: OLS of ln(value) on year;
 *   <li>{@link org.sdg16.jobs.methods.trends.MannKendall}: S, tau, Var(S), p-value;
 *   <li>{@link org.sdg16.jobs.methods.trends.TheilSen}: Sen's slope, interval and intercept;
 *   <li>{@link org.sdg16.jobs.methods.trends.ProgressMeasure}: the Statistics Canada progress
 *       classes used by Open SDG;
 *   <li>{@link org.sdg16.jobs.methods.trends.TrendAnalysis}: all of them, with the reasons why an
 *       estimator did not run.
 * </ul>
 */
package org.sdg16.jobs.methods.trends;
