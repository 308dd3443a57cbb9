package org.parley.analysis.gap;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.IssueThread;
import org.parley.model.ActorId;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;

/**
 * One issue of a gap matrix: the provision type and the regions at stake (the union of both sides'
 * regions), each party's current position on it ({@code null} where it holds none), the verdict and
 * why.
 */
public record GapRow(
    ProvisionType type,
    List<RegionId> regions,
    @Nullable IssueThread first,
    @Nullable IssueThread second,
    GapVerdict verdict,
    String why) {
  public GapRow {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(verdict, "verdict");
    regions = List.copyOf(regions);
  }

  /** Whose forces a {@code territory.withdraw} issue is about, when known. */
  public @Nullable ActorId withdrawer() {
    IssueThread t = first != null ? first : second;
    return t == null ? null : t.issue().withdrawer();
  }

  /** The detail naming an {@code other} issue, from whichever side holds it. */
  public @Nullable String detail() {
    IssueThread t = first != null ? first : second;
    return t == null ? null : t.issue().detail();
  }
}
