/**
 * The feedback pack of a reporting country (contract §4.6): which of a snapshot's files, findings,
 * quarantined rows and national values belong to the country ({@link
 * org.sdg16.jobs.feedback.FeedbackPacks}), and the workbook that sends them back to its focal point
 * ({@link org.sdg16.jobs.feedback.FeedbackWriter}). No Spark: {@code run.FeedbackRun} reads the
 * snapshot.
 */
package org.sdg16.jobs.feedback;
