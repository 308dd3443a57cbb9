package org.parley.ingest.source;

/** Why an input or a record in it did not become a document. */
public enum SkipReason {
  /** A file or URL could not be read (missing, no permission, an I/O or network error). */
  UNREADABLE(true),
  /** The bytes are not valid UTF-8 (or not in the encoding the source declares). */
  INVALID_UTF8(true),
  /** A record is not well-formed: a JSON line, a CSV row, a feed, a WARC record. */
  MALFORMED_RECORD(true),
  /** The input has no article text (an empty record, a page with no main text). */
  NO_TEXT(true),
  /** The format of a file could not be told from its name or content. */
  UNKNOWN_FORMAT(true),
  /**
   * An input or record is larger than its limit (a compression bomb, an endless line, a body too
   * large to fetch); the detail names the limit and the option that changes it.
   */
  TOO_LARGE(true),
  /** The document has no usable date and the run requires one. */
  NO_DATE(true),
  /** The document is not in English; Parley's extractors read English only. */
  NOT_ENGLISH(false),
  /**
   * Records that are not articles by nature (WARC requests, images, scripts); counted, not read.
   */
  NOT_AN_ARTICLE(false);

  private final boolean failure;

  SkipReason(boolean failure) {
    this.failure = failure;
  }

  /** Whether this reason means input was lost to a fault, rather than passed over by design. */
  public boolean isFailure() {
    return failure;
  }
}
