package org.parley.kb;

import java.util.Comparator;

/** The deterministic order of entries: actors, people, regions, aggregates, places; then by key. */
final class EntryOrder {
  static final Comparator<KbEntry> ENTRIES =
      Comparator.comparingInt(EntryOrder::rank).thenComparing(KbEntry::key);

  static final Comparator<Alias> READINGS =
      Comparator.comparing(Alias::entry, ENTRIES).thenComparing(Alias::reading);

  private EntryOrder() {}

  static int rank(KbEntry e) {
    return switch (e) {
      case Actor a -> 0;
      case Person p -> 1;
      case Region r -> 2;
      case Aggregate g -> 3;
      case Place p -> 4;
    };
  }
}
