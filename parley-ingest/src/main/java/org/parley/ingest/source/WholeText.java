package org.parley.ingest.source;

import java.io.IOException;
import org.parley.ingest.text.Decoded;
import org.parley.ingest.text.StrictUtf8;

/** Reads a whole input as strict UTF-8, for the formats that are one document per file. */
final class WholeText {
  private WholeText() {}

  /** The input's text, or the failure that names where it is not UTF-8. */
  static Decoded read(SourceInput input) throws IOException {
    return StrictUtf8.decode(input.readAll());
  }

  static SourceItem.Failed invalid(SourceInput input, Decoded.Invalid invalid) {
    return new SourceItem.Failed(
        input.at(invalid.line()), SkipReason.INVALID_UTF8, invalid.describe());
  }
}
