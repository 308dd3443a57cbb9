package org.parley.analysis.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.territory.BoundaryLoader;
import org.parley.analysis.territory.ControlMapReader;
import org.parley.analysis.territory.ControlMeasurer;
import org.parley.analysis.territory.ControlTable;
import org.parley.analysis.territory.TerritoryFixture;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

class SettlementEvaluatorTest {
  private static final ActorId RUS = ActorId.of("RUS");
  private static final ActorId UKR = ActorId.of("UKR");
  private static final RegionId DONETSK = RegionId.of("UA-14");
  private static final RegionId LUHANSK = RegionId.of("UA-09");
  @TempDir Path dir;
  private ControlTable table;
  private double cell;
  private final SettlementEvaluator evaluator = new SettlementEvaluator();
  private final PopulationSource people =
      PopulationSource.of(Map.of(DONETSK, 4_000_000L), "test figures");

  @BeforeEach
  void map() {
    table =
        new ControlMeasurer()
            .measure(
                new ControlMapReader()
                    .read(TerritoryFixture.map(dir, "20250815"), LocalDate.of(2025, 8, 15)),
                new BoundaryLoader().load(TerritoryFixture.boundaries(dir), null));
    cell = table.region(DONETSK).orElseThrow().landKm2();
  }

  private static Term term(TermAction action, String party, RegionId... regions) {
    return new Term(
        action,
        List.of(regions),
        party == null ? null : ActorId.of(party),
        null,
        null,
        false,
        null);
  }

  private Evaluation evaluate(Term... terms) {
    return evaluator.evaluate(
        new Proposal("p", null, null, null, null, List.of(terms)), table, people);
  }

  @Test
  void cedingToRussiaMovesTheUkrainianHeldRest() {
    Evaluation e = evaluate(term(TermAction.CEDE, "RUS", DONETSK, LUHANSK));
    Transfer donetsk = e.transfers().get(0);
    assertThat(donetsk.from()).isEqualTo(UKR);
    assertThat(donetsk.to()).isEqualTo(RUS);
    assertThat(donetsk.shareOfRegion()).isCloseTo(0.5, within(0.001));
    assertThat(donetsk.populationEstimate()).isEqualTo(2_000_000L);
    assertThat(e.transfers().get(1).km2()).isZero();
    assertThat(e.transfers().get(1).populationEstimate()).isNull();
    assertThat(e.km2To(RUS, true)).isCloseTo(cell / 2, within(5.0));
    assertThat(e.hasPopulationGaps()).isFalse();
  }

  @Test
  void returningAndWithdrawingMoveWhatTheGiverHolds() {
    Evaluation e =
        evaluate(
            term(TermAction.RETURN, "RUS", LUHANSK), term(TermAction.WITHDRAW, "UKR", DONETSK));
    assertThat(e.transfers().get(0).to()).isEqualTo(UKR);
    assertThat(e.transfers().get(0).shareOfRegion()).isEqualTo(1.0);
    assertThat(e.transfers().get(1).to()).isEqualTo(RUS);
    assertThat(e.transfers().get(1).shareOfRegion()).isCloseTo(0.5, within(0.001));
  }

  @Test
  void freezeMovesNothingButIsListed() {
    Evaluation e = evaluate(term(TermAction.FREEZE, null, DONETSK));
    assertThat(e.transfers())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.from()).isNull();
              assertThat(t.km2()).isZero();
            });
    assertThat(e.km2To(RUS, true)).isZero();
  }

  @Test
  void sharesAreasAndUnquantifiedTermsScaleTheMove() {
    Term half = new Term(TermAction.CEDE, List.of(DONETSK), RUS, 0.5, null, false, null);
    Term tooMuch = new Term(TermAction.RETURN, List.of(LUHANSK), RUS, null, 1e6, false, null);
    Term some = new Term(TermAction.RETURN, List.of(DONETSK), RUS, null, null, true, null);
    Evaluation e = evaluate(half, tooMuch, some);
    assertThat(e.transfers().get(0).shareOfRegion()).isCloseTo(0.25, within(0.001));
    assertThat(e.transfers().get(1).shareOfRegion()).isEqualTo(1.0);
    assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("UA-09").contains("holds only"));
    assertThat(e.transfers().get(2).upperBound()).isTrue();
    assertThat(e.km2To(UKR, false)).isCloseTo(cell, within(5.0));
    assertThat(e.km2To(UKR, true)).isCloseTo(1.5 * cell, within(5.0));
    assertThat(e.notes())
        .anySatisfy(n -> assertThat(n).contains("UA-14 is moved by more than one"));
  }

  @Test
  void unknownRegionsTheWholeCountryAndThirdPartiesAreErrors() {
    assertThatThrownBy(() -> evaluate(term(TermAction.CEDE, "RUS", RegionId.of("RU-KRS"))))
        .hasMessageContaining("terms[0]: no boundary for RU-KRS");
    assertThatThrownBy(() -> evaluate(term(TermAction.FREEZE, null, RegionId.of("UA"))))
        .hasMessageContaining("not the whole country");
    assertThatThrownBy(() -> evaluate(term(TermAction.CEDE, "USA", DONETSK)))
        .hasMessageContaining("not USA");
  }
}
