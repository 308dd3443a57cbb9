package org.parley.ledger;

/**
 * Counts the outcomes of a run of appends, for an end-of-run summary: documents appended for the
 * first time, superseding an earlier extraction, already recorded, or conflicting, and the claims
 * added. Thread-safe.
 */
public final class AppendTally {
  private long appended;
  private long superseded;
  private long alreadyRecorded;
  private long conflicting;
  private long claimsAdded;

  /** Counts one outcome and returns it. */
  public synchronized AppendResult add(AppendResult result) {
    switch (result) {
      case AppendResult.Appended a -> {
        appended++;
        claimsAdded += a.claims();
      }
      case AppendResult.Superseded s -> {
        superseded++;
        claimsAdded += s.claims();
      }
      case AppendResult.AlreadyRecorded a -> alreadyRecorded++;
      case AppendResult.ConflictsWithRecorded c -> conflicting++;
    }
    return result;
  }

  /** Counts a document skipped before appending because it was already recorded. */
  public synchronized void addAlreadyRecorded() {
    alreadyRecorded++;
  }

  /** The counts so far. */
  public synchronized Counts counts() {
    return new Counts(appended, superseded, alreadyRecorded, conflicting, claimsAdded);
  }

  /** A snapshot of the counts. */
  public record Counts(
      long appended, long superseded, long alreadyRecorded, long conflicting, long claimsAdded) {
    /** One line: "12 new, 3 re-extracted, 40 already recorded, 0 conflicting; 57 claims added". */
    public String describe() {
      return "%d new, %d re-extracted, %d already recorded, %d conflicting; %d claims added"
          .formatted(appended, superseded, alreadyRecorded, conflicting, claimsAdded);
    }
  }
}
