package org.parley.analysis.position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Demand;
import org.parley.model.Offer;
import org.parley.model.Position;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.model.Rejection;

/**
 * Groups one party's positions into issue threads. Claims on the same provision type share a
 * thread, except that {@code other} provisions are told apart by their detail, and territorial
 * provisions by their regions: a territorial claim joins the thread (of its type) whose latest
 * claim's regions overlap its own, else it starts a new thread; a claim that overlaps several
 * threads merges them into one. A claim naming no regions overlaps every thread of its type.
 * Withdrawal claims are also told apart by whose forces withdraw ({@link #withdrawer}). Each thread
 * is then cut into runs of equal stance. Stateless and thread-safe.
 */
public final class IssueThreads {
  private static final Comparator<IssueThread> ORDER =
      Comparator.<IssueThread, ProvisionType>comparing(t -> t.issue().type())
          .thenComparing(t -> String.valueOf(t.issue().detail()))
          .thenComparing(t -> t.issue().regions().toString());

  /** The threads of {@code holder}'s positions, ordered by provision type, then regions. */
  public List<IssueThread> group(ActorId holder, List<DatedPosition> positions) {
    Map<String, List<List<DatedPosition>>> byKey = new TreeMap<>();
    for (DatedPosition p : positions.stream().sorted(DatedPosition.ORDER).toList()) {
      if (!p.claim().holder().equals(holder)) {
        throw new IllegalArgumentException(
            "entry %s is held by %s, not %s".formatted(p.entry().id(), p.claim().holder(), holder));
      }
      List<List<DatedPosition>> threads = byKey.computeIfAbsent(key(p), k -> new ArrayList<>());
      List<DatedPosition> thread = join(threads, p);
      if (thread == null) {
        thread = new ArrayList<>();
        threads.add(thread);
      }
      thread.add(p);
    }
    return byKey.values().stream()
        .flatMap(List::stream)
        .map(t -> thread(holder, t))
        .sorted(ORDER)
        .toList();
  }

  private static String key(DatedPosition p) {
    ProvisionType type = p.claim().provision().type();
    String detail = p.claim().provision().detail();
    if (type == ProvisionType.TERRITORY_WITHDRAW) {
      return type.code() + "|by " + String.valueOf(withdrawer(p.claim()));
    }
    return type == ProvisionType.OTHER && detail != null
        ? type.code() + "|" + detail.strip().toLowerCase(Locale.ROOT)
        : type.code();
  }

  /**
   * Whose forces a withdrawal claim is about: a demand's addressee (the party asked to pull out),
   * the holder of an offer (it offers to pull its own forces back) or of a rejection (it refuses to
   * pull out); {@code null} for a demand that names no addressee. Russia offering to leave Kyiv and
   * demanding that Ukraine leave Donetsk are two issues, not one position that hardened.
   */
  public static @Nullable ActorId withdrawer(Position claim) {
    return switch (claim) {
      case Demand d -> d.addressee();
      case Offer o -> o.holder();
      case Rejection r -> r.holder();
    };
  }

  /**
   * The thread {@code p} joins: for a territorial claim, every thread whose latest regions overlap
   * its own, merged into one (the claim shows they are one issue); else the type's only thread.
   */
  private static @Nullable List<DatedPosition> join(
      List<List<DatedPosition>> threads, DatedPosition p) {
    if (!p.claim().provision().type().isTerritorial()) {
      return threads.isEmpty() ? null : threads.get(0);
    }
    List<RegionId> regions = p.claim().provision().regions();
    List<List<DatedPosition>> overlapping =
        threads.stream()
            .filter(t -> RegionSets.overlap(lastOf(t).claim().provision().regions(), regions))
            .toList();
    if (overlapping.isEmpty()) {
      return null;
    }
    List<DatedPosition> merged = overlapping.get(0);
    for (List<DatedPosition> other : overlapping.subList(1, overlapping.size())) {
      merged.addAll(other);
      threads.removeIf(t -> t == other);
    }
    merged.sort(DatedPosition.ORDER);
    return merged;
  }

  private static DatedPosition lastOf(List<DatedPosition> t) {
    return t.get(t.size() - 1);
  }

  private static IssueThread thread(ActorId holder, List<DatedPosition> claims) {
    List<StanceRun> runs = new ArrayList<>();
    List<DatedPosition> run = new ArrayList<>();
    for (DatedPosition c : claims) {
      if (!run.isEmpty() && !lastOf(run).stance().isEquivalent(c.stance())) {
        runs.add(StanceRun.of(run));
        run = new ArrayList<>();
      }
      run.add(c);
    }
    runs.add(StanceRun.of(run));
    DatedPosition last = lastOf(claims);
    ProvisionType type = last.claim().provision().type();
    Issue issue =
        new Issue(
            type,
            type.isTerritorial() ? last.claim().provision().regions() : List.of(),
            type == ProvisionType.OTHER ? last.claim().provision().detail() : null,
            type == ProvisionType.TERRITORY_WITHDRAW ? withdrawer(last.claim()) : null);
    return new IssueThread(holder, issue, runs);
  }
}
