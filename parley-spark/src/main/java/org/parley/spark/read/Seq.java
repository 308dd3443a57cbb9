package org.parley.spark.read;

/**
 * Places in reading order as one {@code long}: the listed entry's index in the high bits, the
 * item's index within the entry in the low {@value #ITEM_BITS}, so that numeric order is reading
 * order.
 */
public final class Seq {
  /** Bits for the item's index within one entry: about a trillion records per file. */
  static final int ITEM_BITS = 40;

  /** The most listed entries a job takes. */
  public static final int MAX_ENTRIES = 1 << (63 - ITEM_BITS);

  private Seq() {}

  /** The place of item {@code item} of entry {@code entry}. */
  public static long of(int entry, long item) {
    if (entry < 0 || entry >= MAX_ENTRIES || item < 0 || item >= 1L << ITEM_BITS) {
      throw new IllegalArgumentException(
          "entry %d, item %d lies outside what a job can number".formatted(entry, item));
    }
    return ((long) entry << ITEM_BITS) | item;
  }
}
