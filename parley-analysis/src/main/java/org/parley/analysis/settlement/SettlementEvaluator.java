package org.parley.analysis.settlement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.territory.ControlTable;
import org.parley.analysis.territory.Figures;
import org.parley.analysis.territory.MapSides;
import org.parley.analysis.territory.RegionControl;
import org.parley.kb.KnowledgeBase;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * Evaluates a {@link Proposal} against the line of control of one {@link ControlTable}, between the
 * two principals its {@link MapSides} name. Per term and region: cede to the controlling side
 * (Russia) moves the contested side's rest of the region (land − controlled area) to it, cede to
 * the contested side (Ukraine) the controlled part to it; withdraw moves what the withdrawing side
 * holds to the other; return by the controlling side moves the controlled part to the contested
 * side; freeze moves nothing. A share takes that fraction; an area is capped at what could move; an
 * unquantified "some" is reported as an upper bound. Population is estimated as the region's
 * population × moved area ÷ region land area (even density), rounded to the thousand. Stateless.
 */
public final class SettlementEvaluator {
  private final MapSides sides;

  /** An evaluator for the theatre of the knowledge base that ships with Parley. */
  public SettlementEvaluator() {
    this(KnowledgeBase.loadDefault());
  }

  /** An evaluator for {@code kb}'s theatre. */
  public SettlementEvaluator(KnowledgeBase kb) {
    this.sides = MapSides.of(kb);
  }

  /** The proposal's transfers on {@code table}'s map. */
  public Evaluation evaluate(Proposal proposal, ControlTable table, PopulationSource population) {
    List<Transfer> transfers = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Set<RegionId> moved = new HashSet<>();
    for (int i = 0; i < proposal.terms().size(); i++) {
      Term term = proposal.terms().get(i);
      for (RegionId region : term.regions()) {
        RegionControl rc = row(table, region, i);
        Transfer t = transfer(term, rc, population, notes);
        if (t.from() != null && !moved.add(region)) {
          notes.add(region + " is moved by more than one term; totals count each term");
        }
        transfers.add(t);
      }
    }
    return new Evaluation(
        proposal,
        table.date(),
        table.mapName(),
        table.boundaries(),
        transfers,
        notes,
        population.basis(),
        sides.principals(),
        sides.controlling().principal());
  }

  private static RegionControl row(ControlTable table, RegionId region, int termIndex) {
    if (region.equals(table.countryId())) {
      throw new IllegalArgumentException(
          "terms[%d]: name the regions, not the whole country (%s)".formatted(termIndex, region));
    }
    return table
        .region(region)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "terms[%d]: no boundary for %s in %s"
                        .formatted(termIndex, region, table.boundaries())));
  }

  private Transfer transfer(
      Term term, RegionControl rc, PopulationSource population, List<String> notes) {
    RegionId region = rc.regions().get(0);
    if (term.action() == TermAction.FREEZE) {
      return new Transfer(
          term, region, rc.name(), null, null, 0, rc.landKm2(), rc.controlledKm2(), false, null);
    }
    ActorId from = giver(term);
    ActorId to = sides.opposite(from);
    boolean controlling = from.equals(sides.controlling().principal());
    double movable = controlling ? rc.controlledKm2() : rc.uncontrolledKm2();
    double km2 = moved(term, region, from, movable, notes);
    Long people = estimate(population.population(region), km2, rc.landKm2());
    return new Transfer(
        term,
        region,
        rc.name(),
        from,
        to,
        km2,
        rc.landKm2(),
        rc.controlledKm2(),
        term.partial(),
        people);
  }

  /** The area a term moves out of what the giver holds, noting an ask beyond it. */
  private static double moved(
      Term term, RegionId region, ActorId from, double movable, List<String> notes) {
    if (term.share() != null) {
      return movable * term.share();
    }
    if (term.areaKm2() != null) {
      if (term.areaKm2() > movable) {
        notes.add(
            "%s: %s asked for, but %s holds only %s there"
                .formatted(region, Figures.km2(term.areaKm2()), from, Figures.km2(movable)));
      }
      return Math.min(term.areaKm2(), movable);
    }
    return movable;
  }

  /** The side that gives territory up under a term. */
  private ActorId giver(Term term) {
    ActorId party = requireSide(term);
    return switch (term.action()) {
      case CEDE -> sides.opposite(party);
      case WITHDRAW, RETURN -> party;
      case FREEZE -> throw new IllegalStateException("freeze moves nothing");
    };
  }

  private ActorId requireSide(Term term) {
    ActorId party = term.party();
    if (party == null || !sides.isPrincipal(party)) {
      throw new IllegalArgumentException(
          "%s %s: the map knows %s- and %s-held land only, not %s"
              .formatted(
                  term.action().code(),
                  Term.partyKey(term.action()),
                  sides.controllingAdjective(),
                  sides.contestedAdjective(),
                  party));
    }
    return Objects.requireNonNull(party);
  }

  private static @Nullable Long estimate(OptionalLong people, double km2, double landKm2) {
    if (people.isEmpty() || landKm2 == 0) {
      return null;
    }
    return Math.round(people.getAsLong() * (km2 / landKm2) / 1000.0) * 1000;
  }
}
