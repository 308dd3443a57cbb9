package org.parley.analysis.territory.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.analysis.territory.ControlTable;
import org.parley.analysis.territory.MapLookup;
import org.parley.analysis.territory.MapSides;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.analysis.territory.RegionBoundaries;
import org.parley.analysis.territory.RegionControl;
import org.parley.kb.KnowledgeBase;
import org.parley.model.Control;
import org.parley.model.RegionId;

/**
 * Checks control claims against maps: finds the map of each claim's {@link ClaimWindow} (the newest
 * one inside it, or up to {@code toleranceDays} before it), measures what the claim's holder holds
 * over the claim's regions taken together, and judges it by {@link ToleranceRules}. The theatre's
 * {@link MapSides} say who holds what: the controlling side and its allies (Russia, DPR, LPR) the
 * map's controlled area, the contested side (Ukraine) the rest; other holders, and regions without
 * a boundary (whatever the claim's date), are not checkable. Stateless and thread-safe.
 */
public final class ControlChecker {
  private final ToleranceRules rules = new ToleranceRules();
  private final MapSides sides;

  /** A checker for the theatre of the knowledge base that ships with Parley. */
  public ControlChecker() {
    this(KnowledgeBase.loadDefault());
  }

  /** A checker for {@code kb}'s theatre. */
  public ControlChecker(KnowledgeBase kb) {
    this(MapSides.of(kb));
  }

  /** A checker for the sides {@code sides} tell apart. */
  public ControlChecker(MapSides sides) {
    this.sides = Objects.requireNonNull(sides, "sides");
  }

  /** One check per claim, in the claims' order. */
  public List<ControlCheck> check(List<Control> claims, MeasuredMaps maps, int toleranceDays) {
    return claims.stream().map(c -> check(c, maps, toleranceDays)).toList();
  }

  private ControlCheck check(Control claim, MeasuredMaps maps, int toleranceDays) {
    if (!sides.isShown(claim.holder())) {
      return new ControlCheck.NotCheckable(
          claim,
          "the maps show %s and %s control only, not %s"
              .formatted(sides.controllingAdjective(), sides.contestedAdjective(), claim.holder()));
    }
    boolean controlling = sides.holdsControlled(claim.holder());
    List<RegionId> unknown = withoutBoundary(claim, maps.boundaries());
    if (!unknown.isEmpty()) {
      return noBoundary(claim, unknown, maps.boundaries().description());
    }
    Optional<ClaimWindow> window = ClaimWindow.of(claim);
    if (window.isEmpty()) {
      return new ControlCheck.NoMap(
          claim, "the claim has neither a valid_time nor a reported date");
    }
    MapLookup lookup = maps.catalog().lookup(window.get().from(), window.get().to(), toleranceDays);
    return switch (lookup) {
      case MapLookup.Missing missing -> new ControlCheck.NoMap(claim, missing.reason());
      case MapLookup.Found found -> measure(claim, controlling, found, maps.table(found.entry()));
    };
  }

  private ControlCheck measure(
      Control claim, boolean controlling, MapLookup.Found found, ControlTable table) {
    Optional<RegionControl> combined = table.combined(claim.regions());
    if (combined.isEmpty()) {
      List<RegionId> unknown = claim.regions().stream().filter(r -> !known(table, r)).toList();
      return noBoundary(claim, unknown, table.boundaries());
    }
    RegionControl rc = combined.get();
    HeldArea held =
        new HeldArea(
            claim.holder(),
            rc.regions(),
            rc.name(),
            controlling ? rc.controlledKm2() : rc.uncontrolledKm2(),
            rc.landKm2());
    Optional<Judgement> judgement = rules.judge(claim.measure(), held);
    if (judgement.isEmpty()) {
      return new ControlCheck.NotCheckable(claim, "the claim gives no figure or degree to compare");
    }
    Verdict verdict = judgement.get().consistent() ? Verdict.CONSISTENT : Verdict.INCONSISTENT;
    return new ControlCheck.Measured(claim, found.entry(), held, verdict, judgement.get().rule());
  }

  /**
   * The claim's regions that the boundaries lack. Checked before any map is looked for: a region
   * without a boundary cannot be measured on any map, so "no map for that date" would mislead.
   */
  private static List<RegionId> withoutBoundary(Control claim, RegionBoundaries boundaries) {
    return claim.regions().stream()
        .filter(r -> !r.equals(boundaries.country()) && boundaries.find(r).isEmpty())
        .toList();
  }

  private static ControlCheck noBoundary(Control claim, List<RegionId> unknown, String boundaries) {
    String ids = String.join(", ", unknown.stream().map(RegionId::value).toList());
    return new ControlCheck.NotCheckable(claim, "no boundary for " + ids + " in " + boundaries);
  }

  private static boolean known(ControlTable table, RegionId id) {
    return id.equals(table.countryId()) || table.region(id).isPresent();
  }
}
