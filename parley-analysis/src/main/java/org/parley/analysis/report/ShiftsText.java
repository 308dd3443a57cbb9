package org.parley.analysis.report;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.DatedPosition;
import org.parley.analysis.position.Stance;
import org.parley.analysis.shift.Shift;
import org.parley.analysis.shift.ShiftKind;

/**
 * Shifts as a text table: date, kind, issue, the stance before and after, why, and the sources of
 * both sides ({@code before → after}). Immutable and thread-safe.
 */
public final class ShiftsText {
  private static final int MAX_REFS = 3;

  private final Phrases phrases;

  public ShiftsText(Names names) {
    this.phrases = new Phrases(Objects.requireNonNull(names, "names"));
  }

  /** Appends one row per shift (with the holder's column when {@code withHolder}). */
  public void append(
      List<Shift> shifts, boolean withHolder, CitationIndex index, StringBuilder out) {
    TextTable t =
        withHolder
            ? new TextTable("DATE", "PARTY", "SHIFT", "ISSUE", "BEFORE", "AFTER", "WHY", "SOURCES")
            : new TextTable("DATE", "SHIFT", "ISSUE", "BEFORE", "AFTER", "WHY", "SOURCES");
    for (Shift s : shifts) {
      String date = s.date() == null ? "undated" : s.date().label();
      String sources = refs(s.before(), index) + " → " + refs(s.after(), index);
      String before = stance(s.from(), s.before());
      String after = stance(s.to(), s.after());
      String issue = phrases.issue(s.issue());
      if (withHolder) {
        t.row(date, s.holder().value(), label(s.kind()), issue, before, after, s.rule(), sources);
      } else {
        t.row(date, label(s.kind()), issue, before, after, s.rule(), sources);
      }
    }
    if (t.isEmpty()) {
      out.append("No shifts.\n");
    } else {
      t.appendTo(out);
    }
  }

  private String stance(@Nullable Stance stance, List<DatedPosition> claims) {
    if (stance == null || claims.isEmpty()) {
      return "-";
    }
    return phrases.stance(stance, claims.get(0).claim().provision());
  }

  private static String refs(List<DatedPosition> claims, CitationIndex index) {
    return claims.isEmpty()
        ? "-"
        : index.refs(claims.stream().map(DatedPosition::citation).toList(), MAX_REFS);
  }

  /**
   * The shift as printed: a position not heard for a long while is "not restated" (the party may
   * still hold it), never "dropped".
   */
  static String label(ShiftKind kind) {
    return kind == ShiftKind.DROPPED ? "not restated" : kind.code();
  }
}
