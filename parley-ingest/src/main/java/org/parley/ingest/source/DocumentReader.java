package org.parley.ingest.source;

import java.io.IOException;

/**
 * Reads one input into documents: the one contract behind which every format sits. Readers are
 * stateless and thread-safe; the cursor they return reads lazily and holds the input open until it
 * is closed.
 */
@FunctionalInterface
public interface DocumentReader {
  /**
   * The items of {@code input} in source order. Bad records come back as {@link SourceItem.Failed};
   * an input that cannot be opened at all throws.
   */
  SourceCursor read(SourceInput input) throws IOException;
}
