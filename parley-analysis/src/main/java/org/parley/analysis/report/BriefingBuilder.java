package org.parley.analysis.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DatedControl;
import org.parley.analysis.contradiction.DisputeFinder;
import org.parley.analysis.event.Corroboration;
import org.parley.analysis.gap.GapFinder;
import org.parley.analysis.position.ClaimDate;
import org.parley.analysis.position.DatedPosition;
import org.parley.analysis.position.IssueThreads;
import org.parley.analysis.position.PartyPositions;
import org.parley.analysis.shift.Shift;
import org.parley.analysis.shift.ShiftFinder;
import org.parley.analysis.territory.check.ControlCheck;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ActorId;
import org.parley.model.Control;
import org.parley.model.Meeting;
import org.parley.model.Position;
import org.parley.model.Statement;
import org.parley.model.Status;

/**
 * Computes a {@link Briefing} from a snapshot. The main parties are the theatre's sides (Russia,
 * Ukraine; {@link Names#sides()}) when they hold positions, then the other parties with the most
 * positions (ties by id); the gap matrix compares the first two. Recent shifts are those of the
 * main parties dated within {@code recentMonths} before the newest position. Control rows keep the
 * latest claim per holder and region set. Stateless apart from its names; thread-safe.
 */
public final class BriefingBuilder {

  private final Names names;
  private final IssueThreads threads = new IssueThreads();

  public BriefingBuilder(Names names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /** The briefing of {@code snapshot} under {@code options}; reads the snapshot once. */
  public Briefing build(LedgerSnapshot snapshot, BriefingOptions options) {
    LocalDate validAt = options.validAt();
    Read read = Read.of(entries(snapshot, validAt));
    Map<ActorId, List<DatedPosition>> byParty =
        mainParties(read.positions(), names.sides(), options.parties());
    List<PartyPositions> positions = new ArrayList<>();
    byParty.forEach(
        (party, claims) ->
            positions.add(
                new PartyPositions(party, snapshot.asOf(), validAt, threads.group(party, claims))));
    LocalDate since = shiftsSince(read.positions(), options.recentMonths());
    List<Shift> shifts = shifts(snapshot, byParty, since);
    return new Briefing(
        snapshot.asOf(),
        validAt,
        scope(read.entries()),
        positions,
        positions.size() < 2 ? null : new GapFinder().find(positions.get(0), positions.get(1)),
        since,
        shifts.stream().limit(options.maxShifts()).toList(),
        shifts.size(),
        new DisputeFinder()
            .find(snapshot.asOf(), options.tolerance(), read.controls(), read.withDenied()),
        controls(read.controls(), options.maps()),
        options.maps() == null ? null : options.maps().describe(),
        new TimelineBuilder(names).build(read.entries(), 6));
  }

  /** The snapshot's claims, and its positions (with and without denied ones) and controls. */
  private record Read(
      List<LedgerEntry> entries,
      List<DatedPosition> withDenied,
      List<DatedPosition> positions,
      List<DatedControl> controls) {
    static Read of(List<LedgerEntry> entries) {
      List<DatedPosition> withDenied = new ArrayList<>();
      List<DatedControl> controls = new ArrayList<>();
      for (LedgerEntry e : entries) {
        switch (e.claim()) {
          case Position p -> withDenied.add(DatedPosition.of(e));
          case Control c -> controls.add(DatedControl.of(e));
          case Statement st -> {}
          case Meeting m -> {}
        }
      }
      withDenied.sort(DatedPosition.ORDER);
      controls.sort(DatedControl.ORDER);
      List<DatedPosition> positions =
          withDenied.stream()
              .filter(p -> p.claim().provenance().status() != Status.DENIED)
              .toList();
      return new Read(entries, withDenied, positions, controls);
    }
  }

  private static Map<ActorId, List<DatedPosition>> mainParties(
      List<DatedPosition> all, List<ActorId> first, int limit) {
    Map<ActorId, List<DatedPosition>> byHolder = new TreeMap<>();
    all.forEach(p -> byHolder.computeIfAbsent(p.claim().holder(), h -> new ArrayList<>()).add(p));
    List<ActorId> order = new ArrayList<>(first.stream().filter(byHolder::containsKey).toList());
    byHolder.keySet().stream()
        .filter(p -> !order.contains(p))
        .sorted(
            Comparator.comparingInt((ActorId p) -> byHolder.get(p).size())
                .reversed()
                .thenComparing(Comparator.naturalOrder()))
        .forEach(order::add);
    Map<ActorId, List<DatedPosition>> out = new LinkedHashMap<>();
    order.stream().limit(limit).forEach(p -> out.put(p, byHolder.get(p)));
    return out;
  }

  private static @Nullable LocalDate shiftsSince(List<DatedPosition> all, int months) {
    return all.stream()
        .map(DatedPosition::date)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .map(d -> d.date().start().minusMonths(months))
        .orElse(null);
  }

  private static List<Shift> shifts(
      LedgerSnapshot snapshot,
      Map<ActorId, List<DatedPosition>> byParty,
      @Nullable LocalDate since) {
    if (since == null) {
      return List.of();
    }
    ShiftFinder finder = new ShiftFinder();
    List<Shift> out = new ArrayList<>();
    byParty.forEach(
        (party, claims) ->
            out.addAll(
                finder
                    .find(snapshot, party, claims, since, ShiftFinder.DEFAULT_STALE_MONTHS)
                    .shifts()));
    Comparator<Shift> byDate =
        Comparator.comparing(
            Shift::date, Comparator.nullsFirst(Comparator.<ClaimDate>naturalOrder()));
    out.sort(byDate.reversed().thenComparing(s -> s.holder()).thenComparing(s -> s.kind()));
    return out;
  }

  private static List<LedgerEntry> entries(LedgerSnapshot snapshot, @Nullable LocalDate validAt) {
    List<LedgerEntry> out = new ArrayList<>();
    snapshot.forEachClaim(
        ClaimQuery.all(),
        e -> {
          ClaimDate d = ClaimDate.of(e.claim()).orElse(null);
          if (validAt == null || d == null || !d.date().start().isAfter(validAt)) {
            out.add(e);
          }
        });
    return out;
  }

  private static Briefing.Scope scope(List<LedgerEntry> entries) {
    TreeSet<ClaimDate> dates = new TreeSet<>();
    TreeSet<String> docs = new TreeSet<>();
    for (LedgerEntry e : entries) {
      docs.add(e.claim().doc().value());
      ClaimDate.of(e.claim()).ifPresent(dates::add);
    }
    return new Briefing.Scope(
        entries.size(),
        docs.size(),
        dates.isEmpty() ? null : dates.first().date().toString(),
        dates.isEmpty() ? null : dates.last().date().toString());
  }

  private static List<ControlRow> controls(List<DatedControl> all, @Nullable MapCheck maps) {
    Map<String, List<DatedControl>> groups = new TreeMap<>();
    all.forEach(
        c ->
            groups
                .computeIfAbsent(
                    c.claim().holder() + "|" + c.claim().regions(), k -> new ArrayList<>())
                .add(c));
    List<DatedControl> latest =
        groups.values().stream()
            .map(g -> g.stream().max(DatedControl.ORDER).orElseThrow())
            .toList();
    List<ControlCheck> checks =
        maps == null ? null : maps.check(latest.stream().map(DatedControl::claim).toList());
    List<ControlRow> rows = new ArrayList<>();
    int i = 0;
    for (List<DatedControl> g : groups.values()) {
      Corroboration reported = Corroboration.of(g.stream().map(DatedControl::entry).toList());
      rows.add(new ControlRow(latest.get(i), reported, checks == null ? null : checks.get(i)));
      i++;
    }
    return rows;
  }
}
