package org.parley.ingest.text;

import java.io.IOException;

/**
 * Bytes that break the encoding their input declares (by byte-order mark); the message says how.
 */
public final class InvalidEncoding extends IOException {
  private static final long serialVersionUID = 1L;

  public InvalidEncoding(String message) {
    super(message);
  }
}
