package org.parley.analysis.report;

import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.gap.GapMatrix;
import org.parley.analysis.gap.GapRow;
import org.parley.analysis.gap.GapVerdict;
import org.parley.analysis.position.IssueThread;

/**
 * A gap matrix as a text table: one row per issue with each party's current stance, the verdict and
 * the sources of both cells; issues neither party addresses are listed on one line. Immutable and
 * thread-safe.
 */
public final class GapText {
  private static final int MAX_REFS = 3;

  private final Names names;
  private final Phrases phrases;

  public GapText(Names names) {
    this.names = Objects.requireNonNull(names, "names");
    this.phrases = new Phrases(names);
  }

  /** Appends the matrix of {@code gap}, citing through {@code index}. */
  public void append(GapMatrix gap, CitationIndex index, StringBuilder out) {
    out.append(
        "%s vs %s: %d conflicting, %d compatible, %d one-sided, %d unaddressed\n"
            .formatted(
                names.party(gap.first()),
                names.party(gap.second()),
                gap.count(GapVerdict.CONFLICTING),
                gap.count(GapVerdict.COMPATIBLE),
                gap.count(GapVerdict.ONE_SIDED),
                gap.count(GapVerdict.UNADDRESSED)));
    TextTable t =
        new TextTable(
            "ISSUE", gap.first().value(), gap.second().value(), "VERDICT", "WHY", "SOURCES");
    gap.rows().stream()
        .filter(r -> r.verdict() != GapVerdict.UNADDRESSED)
        .forEach(r -> t.row(row(r, index)));
    if (!t.isEmpty()) {
      t.appendTo(out);
    }
    String unaddressed =
        gap.rows().stream()
            .filter(r -> r.verdict() == GapVerdict.UNADDRESSED)
            .map(r -> Phrases.label(r.type()))
            .collect(Collectors.joining(", "));
    if (!unaddressed.isEmpty()) {
      out.append("Unaddressed by both: ").append(unaddressed).append('\n');
    }
  }

  private String[] row(GapRow r, CitationIndex index) {
    return new String[] {
      issue(r, names),
      cell(r.first()),
      cell(r.second()),
      r.verdict().code(),
      r.why(),
      refs(r.first(), index) + " / " + refs(r.second(), index)
    };
  }

  /** The row's issue: {@code territory.cede (Luhansk, Donetsk)}, {@code other — no-fly zone}. */
  static String issue(GapRow r, Names names) {
    return Phrases.label(r.type())
        + (r.regions().isEmpty() ? "" : " (" + names.regions(r.regions()) + ")")
        + (r.detail() == null ? "" : " — " + r.detail())
        + Phrases.forces(names, r.withdrawer());
  }

  private String cell(@Nullable IssueThread t) {
    return t == null ? "-" : PositionsText.stance(phrases, t.current());
  }

  private static String refs(@Nullable IssueThread t, CitationIndex index) {
    return t == null ? "-" : index.refs(t.current().citations(), MAX_REFS);
  }
}
