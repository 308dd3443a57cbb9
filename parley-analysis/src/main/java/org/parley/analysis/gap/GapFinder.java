package org.parley.analysis.gap;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.IssueThread;
import org.parley.analysis.position.PartyPositions;
import org.parley.analysis.position.RegionSets;
import org.parley.analysis.position.Stance;
import org.parley.model.ActorId;
import org.parley.model.Polarity;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;

/**
 * Builds the gap matrix of two parties from their positions. Issues are matched by provision type
 * (and detail, for {@code other}); territorial issues also need overlapping regions, so one party's
 * issue may meet several of the other's, and withdrawals the same withdrawing side. Two current
 * stances with the same {@linkplain Stance#wish() wish} are compatible, with opposite wishes
 * conflicting; a compatible territorial pair whose regions differ says so. Stateless and
 * thread-safe.
 */
public final class GapFinder {
  /** The matrix of {@code a} against {@code b}; both must be read as of the same instant. */
  public GapMatrix find(PartyPositions a, PartyPositions b) {
    if (!a.asOf().equals(b.asOf())) {
      throw new IllegalArgumentException(
          "positions read as of different instants: %s, %s".formatted(a.asOf(), b.asOf()));
    }
    List<GapRow> rows = new ArrayList<>();
    Set<IssueThread> matchedB = new HashSet<>();
    for (IssueThread ta : a.issues()) {
      List<IssueThread> partners = b.issues().stream().filter(tb -> matches(ta, tb)).toList();
      partners.forEach(tb -> rows.add(pair(a.party(), ta, b.party(), tb)));
      matchedB.addAll(partners);
      if (partners.isEmpty()) {
        rows.add(oneSided(a.party(), ta, null));
      }
    }
    b.issues().stream()
        .filter(tb -> !matchedB.contains(tb))
        .forEach(tb -> rows.add(oneSided(b.party(), null, tb)));
    rows.sort(
        java.util.Comparator.comparing(GapRow::type)
            .thenComparing(r -> r.regions().toString())
            .thenComparing(GapRow::verdict));
    Set<ProvisionType> addressed = EnumSet.noneOf(ProvisionType.class);
    rows.forEach(r -> addressed.add(r.type()));
    for (ProvisionType t : ProvisionType.values()) {
      if (!addressed.contains(t) && t != ProvisionType.OTHER) {
        rows.add(new GapRow(t, List.of(), null, null, GapVerdict.UNADDRESSED, "neither party"));
      }
    }
    return new GapMatrix(a.party(), b.party(), a.asOf(), a.validAt(), rows);
  }

  private static boolean matches(IssueThread a, IssueThread b) {
    if (a.issue().type() != b.issue().type()) {
      return false;
    }
    if (a.issue().type() == ProvisionType.OTHER) {
      return String.valueOf(a.issue().detail())
          .equalsIgnoreCase(String.valueOf(b.issue().detail()));
    }
    if (!Objects.equals(a.issue().withdrawer(), b.issue().withdrawer())) {
      return false;
    }
    return !a.issue().type().isTerritorial()
        || RegionSets.overlap(a.current().stance().regions(), b.current().stance().regions());
  }

  private static GapRow pair(ActorId a, IssueThread ta, ActorId b, IssueThread tb) {
    Stance sa = ta.current().stance();
    Stance sb = tb.current().stance();
    List<RegionId> regions = union(sa.regions(), sb.regions());
    if (sa.wish() != sb.wish()) {
      return new GapRow(
          ta.issue().type(),
          regions,
          ta,
          tb,
          GapVerdict.CONFLICTING,
          "%s %s, %s %s".formatted(a, wants(sa), b, wants(sb)));
    }
    String why = "%s %s it, %s %s it".formatted(a, sa.verb(), b, sb.verb());
    if (!sa.regions().equals(sb.regions()) && ta.issue().type().isTerritorial()) {
      why += "; regions differ: %s %s, %s %s".formatted(a, sa.regions(), b, sb.regions());
    }
    return new GapRow(ta.issue().type(), regions, ta, tb, GapVerdict.COMPATIBLE, why);
  }

  private static GapRow oneSided(
      ActorId holder, @Nullable IssueThread ta, @Nullable IssueThread tb) {
    IssueThread t = ta != null ? ta : tb;
    if (t == null) {
      throw new IllegalArgumentException("a one-sided row has one side");
    }
    return new GapRow(
        t.issue().type(),
        t.current().stance().regions(),
        ta,
        tb,
        GapVerdict.ONE_SIDED,
        "only %s %s".formatted(holder, wants(t.current().stance())));
  }

  private static String wants(Stance s) {
    return s.verb() + (s.wish() == Polarity.FOR ? " (wants it)" : " (does not want it)");
  }

  private static List<RegionId> union(List<RegionId> a, List<RegionId> b) {
    Set<RegionId> all = new TreeSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
