package org.parley.extract.context;

import org.parley.language.mention.Mention;

/**
 * A mention with its normalised offsets [start, end), so rules can compare it with text positions.
 */
public record PlacedMention(int start, int end, Mention mention) {
  public PlacedMention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid mention offsets [%d, %d)".formatted(start, end));
    }
  }
}
