package org.parley.contract.batch;

/**
 * Where things lie in an extraction batch folder. {@value #SUMMARY} is written last, so a folder
 * with it is complete; {@value #DOCUMENTS} holds {@code parley.document/1} lines and {@value
 * #CLAIMS} {@code parley.claim/1} lines, both in reading order and split into part files ({@code
 * part-00000…}) read in the order of their numbers: each document's {@code claims} claims follow
 * those of the document before it. {@value #DUPLICATES} and {@value #DIAGNOSTICS} report what was
 * linked or passed over; the Parquet folders hold the same documents and claims partitioned by
 * {@value #PARTITION} ({@code YYYY-MM} of the report date, {@value #UNKNOWN_MONTH} without one).
 */
public final class BatchLayout {
  /** The schema the summary names. */
  public static final String SCHEMA = "parley.batch/1";

  /** The summary file: counts, the extractor's version, the inputs. */
  public static final String SUMMARY = "summary.json";

  /** Documents extracted, as {@code parley.document/1} JSONL. */
  public static final String DOCUMENTS = "documents";

  /** Their claims, as {@code parley.claim/1} JSONL. */
  public static final String CLAIMS = "claims";

  /** Duplicates and the documents they copy, as JSONL. */
  public static final String DUPLICATES = "duplicates";

  /** Skipped inputs and findings, as JSONL. */
  public static final String DIAGNOSTICS = "diagnostics";

  /** Claims as Parquet. */
  public static final String PARQUET_CLAIMS = "parquet/claims";

  /** Documents as Parquet. */
  public static final String PARQUET_DOCUMENTS = "parquet/documents";

  /** The Parquet partition column. */
  public static final String PARTITION = "reported_month";

  /** The partition of rows without a report date. */
  public static final String UNKNOWN_MONTH = "unknown";

  private BatchLayout() {}
}
