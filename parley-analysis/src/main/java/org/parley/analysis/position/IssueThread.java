package org.parley.analysis.position;

import java.util.List;
import org.parley.model.ActorId;

/**
 * One party's claims on one issue over time, cut into runs of the same stance (oldest first, never
 * empty): the last run is the party's current position, the earlier ones superseded.
 */
public record IssueThread(ActorId holder, Issue issue, List<StanceRun> runs) {
  public IssueThread {
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("an issue thread holds at least one run");
    }
  }

  public StanceRun current() {
    return runs.get(runs.size() - 1);
  }

  /** The superseded runs, newest first. */
  public List<StanceRun> superseded() {
    return List.copyOf(runs.subList(0, runs.size() - 1).reversed());
  }
}
