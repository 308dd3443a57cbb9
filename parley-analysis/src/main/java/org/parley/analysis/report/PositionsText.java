package org.parley.analysis.report;

import java.util.Objects;
import org.parley.analysis.event.Corroboration;
import org.parley.analysis.position.DatedPosition;
import org.parley.analysis.position.IssueThread;
import org.parley.analysis.position.PartyPositions;
import org.parley.analysis.position.StanceRun;
import org.parley.model.Status;

/**
 * A party's positions as a text table: one row per issue with its current stance, followed by
 * indented rows for the stances it superseded; every row cites its claims by number. Immutable and
 * thread-safe.
 */
public final class PositionsText {
  private static final int MAX_REFS = 4;

  private final Names names;
  private final Phrases phrases;

  public PositionsText(Names names) {
    this.names = Objects.requireNonNull(names, "names");
    this.phrases = new Phrases(names);
  }

  /** Appends the table of {@code positions}, citing through {@code index}. */
  public void append(PartyPositions positions, CitationIndex index, StringBuilder out) {
    append(positions, Integer.MAX_VALUE, index, out);
  }

  /** As {@link #append}, with at most {@code maxSuperseded} superseded stances per issue. */
  public void append(
      PartyPositions positions, int maxSuperseded, CitationIndex index, StringBuilder out) {
    if (positions.issues().isEmpty()) {
      out.append("No positions of ")
          .append(names.party(positions.party()))
          .append(" in the ledger.\n");
      return;
    }
    TextTable t =
        new TextTable("ISSUE", "POSITION", "SINCE", "LATEST", "STATUS", "REPORTED", "SOURCES");
    for (IssueThread thread : positions.issues()) {
      row(t, phrases.issue(thread.issue()), thread.current(), index);
      thread.superseded().stream()
          .limit(maxSuperseded)
          .forEach(old -> row(t, "  superseded", old, index));
      int hidden = thread.superseded().size() - maxSuperseded;
      if (hidden > 0) {
        t.row(
            "  … " + hidden + " earlier stance" + (hidden == 1 ? "" : "s"), "", "", "", "", "", "");
      }
    }
    t.appendTo(out);
  }

  private void row(TextTable t, String label, StanceRun run, CitationIndex index) {
    t.row(
        label,
        stance(phrases, run),
        run.since() == null ? "undated" : run.since().label(),
        run.latest() == null ? "undated" : run.latest().label(),
        status(run),
        corroboration(run).label(),
        index.refs(run.citations(), MAX_REFS));
  }

  /** The events and independent sources behind a run of claims. */
  static Corroboration corroboration(StanceRun run) {
    return Corroboration.of(run.claims().stream().map(DatedPosition::entry).toList());
  }

  /** The run's stance as a phrase, with the beneficiary of its latest claim. */
  static String stance(Phrases phrases, StanceRun run) {
    return phrases.stance(run.stance(), run.last().claim().provision());
  }

  /** The status of the run's latest claim. */
  static String status(StanceRun run) {
    Status s = run.last().claim().provenance().status();
    return s == null ? "-" : s.code();
  }
}
