package org.parley.kb;

import java.util.Comparator;

/**
 * The deterministic order of entries: actors, people, regions, aggregates, places; then by key.
 * Plain classes rather than composed lambdas: loading runs once per process, and the lambda and
 * record-method bootstraps of a cold JVM cost more than the sorting itself.
 */
final class EntryOrder {
  static final Comparator<KbEntry> ENTRIES = new Entries();

  static final Comparator<Alias> READINGS = new Readings();

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

  private static final class Entries implements Comparator<KbEntry> {
    @Override
    public int compare(KbEntry a, KbEntry b) {
      int byRank = Integer.compare(rank(a), rank(b));
      return byRank != 0 ? byRank : a.key().compareTo(b.key());
    }
  }

  private static final class Readings implements Comparator<Alias> {
    @Override
    public int compare(Alias a, Alias b) {
      int byEntry = ENTRIES.compare(a.entry(), b.entry());
      return byEntry != 0 ? byEntry : a.reading().compareTo(b.reading());
    }
  }
}
