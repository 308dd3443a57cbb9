package org.parley.ledger;

/** The ledger's identifier of one recorded claim set (one document read by one run). */
public record ExtractionId(long value) implements Comparable<ExtractionId> {
  public ExtractionId {
    if (value <= 0) {
      throw new IllegalArgumentException("extraction ids are positive: " + value);
    }
  }

  @Override
  public int compareTo(ExtractionId o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
