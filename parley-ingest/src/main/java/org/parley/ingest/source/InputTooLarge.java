package org.parley.ingest.source;

import java.io.IOException;

/**
 * An input or record went past a size limit while it was read; the message names the limit. Readers
 * turn it into a {@link SkipReason#TOO_LARGE} item, so the run goes on.
 */
public final class InputTooLarge extends IOException {
  private static final long serialVersionUID = 1L;

  public InputTooLarge(String message) {
    super(message);
  }
}
