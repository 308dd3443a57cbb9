package org.parley.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chain by which a document knows a claim: the outlets or reports it cites ({@code via}), the
 * source phrase ("sources familiar with the Kremlin's negotiations"), and whether that source is
 * named.
 */
public record Attribution(List<String> via, @Nullable String source, @Nullable Boolean named) {
  public Attribution {
    via = List.copyOf(via);
  }

  /** A claim the document states on the record of a named speaker or as fact. */
  public static Attribution onRecord() {
    return new Attribution(List.of(), null, true);
  }

  public static Attribution unnamed(String source, List<String> via) {
    return new Attribution(via, source, false);
  }
}
