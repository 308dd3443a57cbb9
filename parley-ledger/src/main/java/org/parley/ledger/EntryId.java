package org.parley.ledger;

/** The ledger's identifier of one recorded claim; ids grow with recording order. */
public record EntryId(long value) implements Comparable<EntryId> {
  public EntryId {
    if (value <= 0) {
      throw new IllegalArgumentException("entry ids are positive: " + value);
    }
  }

  @Override
  public int compareTo(EntryId o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
