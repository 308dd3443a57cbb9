package org.parley.analysis.contradiction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.analysis.event.ReportSource;
import org.parley.analysis.position.DatedPosition;
import org.parley.analysis.position.IssueThreads;
import org.parley.analysis.position.RegionSets;
import org.parley.model.Polarity;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.model.Status;

/**
 * Finds positions reported two ways. Claims are bucketed by holder, provision type (and detail, for
 * {@code other}; the withdrawing side, for {@code territory.withdraw}) and period ({@link Period}).
 * In a bucket, two claims from different documents and different sources ({@link
 * ReportSource#differ}: one outlet against itself is no dispute) with overlapping regions dispute
 * each other when
 *
 * <ul>
 *   <li>their stances wish opposite things (a demand of a provision against a rejection of it, or a
 *       demand for it against a demand against it) — claims reported as denied take no part; or
 *   <li>a text reports one as denied or disputed while another asserts the same kind of stance (the
 *       same wish, both conditions or both offers).
 * </ul>
 *
 * A claim reported as denied or disputed with no other source is listed on its own. Undated claims
 * are skipped. Stateless and thread-safe.
 */
public final class PositionDisputeFinder {
  private static final EnumSet<Status> CONTESTED = EnumSet.of(Status.DISPUTED, Status.DENIED);

  /** The disputes among {@code positions} (denied claims included), by holder, type and period. */
  public List<PositionDispute> find(List<DatedPosition> positions, Period period) {
    Map<String, List<DatedPosition>> buckets = new TreeMap<>();
    for (DatedPosition p : positions) {
      if (p.date() != null) {
        buckets.computeIfAbsent(key(p, period), k -> new ArrayList<>()).add(p);
      }
    }
    List<PositionDispute> out = new ArrayList<>();
    for (List<DatedPosition> bucket : buckets.values()) {
      String when = period.key(bucket.get(0).date());
      opposite(bucket, when).ifPresent(out::add);
      out.addAll(contested(bucket, when));
    }
    return out;
  }

  private static String key(DatedPosition p, Period period) {
    String detail = p.claim().provision().detail();
    ProvisionType type = p.claim().provision().type();
    String d = "";
    if (type == ProvisionType.OTHER && detail != null) {
      d = detail.strip().toLowerCase(Locale.ROOT);
    } else if (type == ProvisionType.TERRITORY_WITHDRAW) {
      d = "by " + IssueThreads.withdrawer(p.claim());
    }
    return p.claim().holder()
        + "|"
        + p.claim().provision().type().ordinal()
        + "|"
        + d
        + "|"
        + period.key(p.date());
  }

  private static Optional<PositionDispute> opposite(List<DatedPosition> bucket, String when) {
    Set<DatedPosition> wanting = new LinkedHashSet<>();
    Set<DatedPosition> refusing = new LinkedHashSet<>();
    List<DatedPosition> live = bucket.stream().filter(p -> !isDenied(p)).toList();
    for (DatedPosition a : live) {
      for (DatedPosition b : live) {
        if (a.stance().wish() == Polarity.FOR
            && b.stance().wish() == Polarity.AGAINST
            && apart(a, b)) {
          wanting.add(a);
          refusing.add(b);
        }
      }
    }
    if (wanting.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        dispute(
            when,
            "wants it",
            wanting,
            "does not want it",
            refusing,
            "sources report opposite positions in the same period"));
  }

  private static List<PositionDispute> contested(List<DatedPosition> bucket, String when) {
    List<PositionDispute> out = new ArrayList<>();
    for (DatedPosition c : bucket) {
      if (!CONTESTED.contains(c.claim().provenance().status())) {
        continue;
      }
      Set<DatedPosition> asserted = new LinkedHashSet<>();
      for (DatedPosition other : bucket) {
        if (!CONTESTED.contains(other.claim().provenance().status())
            && other.stance().wish() == c.stance().wish()
            && other.stance().isCondition() == c.stance().isCondition()
            && apart(other, c)) {
          asserted.add(other);
        }
      }
      String status = c.claim().provenance().status().code();
      out.add(
          dispute(
              when,
              "asserted",
              asserted,
              status,
              Set.of(c),
              asserted.isEmpty()
                  ? "its own text reports it as " + status
                  : "one source asserts it, another reports it as " + status));
    }
    return out;
  }

  private static boolean apart(DatedPosition a, DatedPosition b) {
    return !a.claim().doc().equals(b.claim().doc())
        && ReportSource.differ(a.entry(), b.entry())
        && RegionSets.overlap(a.claim().provision().regions(), b.claim().provision().regions());
  }

  private static boolean isDenied(DatedPosition p) {
    return p.claim().provenance().status() == Status.DENIED;
  }

  private static PositionDispute dispute(
      String when,
      String firstLabel,
      Set<DatedPosition> first,
      String secondLabel,
      Set<DatedPosition> second,
      String why) {
    DatedPosition any = first.isEmpty() ? second.iterator().next() : first.iterator().next();
    Set<RegionId> regions = new TreeSet<>();
    first.forEach(p -> regions.addAll(p.claim().provision().regions()));
    second.forEach(p -> regions.addAll(p.claim().provision().regions()));
    return new PositionDispute(
        any.claim().holder(),
        any.claim().provision().type(),
        any.claim().provision().type() == ProvisionType.OTHER
            ? any.claim().provision().detail()
            : null,
        List.copyOf(regions),
        when,
        firstLabel,
        newestFirst(first),
        secondLabel,
        newestFirst(second),
        why);
  }

  private static List<DatedPosition> newestFirst(Set<DatedPosition> s) {
    return s.stream().sorted(DatedPosition.ORDER.reversed()).toList();
  }
}
