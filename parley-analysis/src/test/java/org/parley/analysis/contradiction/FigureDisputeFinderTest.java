package org.parley.analysis.contradiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.ClaimFactory;
import org.parley.analysis.LedgerFixtures;
import org.parley.ledger.ClaimLedger;
import org.parley.model.Approx;
import org.parley.model.Claim;
import org.parley.model.Measure;
import org.parley.model.Status;

class FigureDisputeFinderTest {
  @TempDir Path dir;

  private List<FigureDispute> disputes(Claim... claims) {
    try (ClaimLedger ledger = LedgerFixtures.open(dir)) {
      for (Claim c : claims) {
        LedgerFixtures.importClaims(ledger, List.of(c));
      }
      return new FigureDisputeFinder()
          .find(new ControlReader().read(ledger.latest(), null), DisputeTolerance.DEFAULT);
    }
  }

  @Test
  void areasMoreThanTenPercentApartDisagree() {
    List<FigureDispute> d =
        disputes(
            ClaimFactory.control("a", "RUS", "2025-08", Measure.area(400, Approx.ABOUT), "UA-59"),
            ClaimFactory.control("b", "RUS", "2025-08", Measure.area(460, Approx.ABOUT), "UA-59"));

    assertThat(d)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.why())
                    .isEqualTo(
                        "about 460.0 km² vs about 400.0 km²: 15.0 % apart (tolerance 10 %)"));
  }

  @Test
  void aSmallBareAreaIsNotTheSameFactAsACountryWideShare() {
    assertThat(
            disputes(
                ClaimFactory.control(
                    "a", "RUS", "2025-07", new Measure(0.19, 113_000.0, Approx.ABOUT), "UA"),
                ClaimFactory.control(
                    "b", "RUS", "2025-07", Measure.area(207.2, Approx.ABOUT), "UA")))
        .isEmpty();
  }

  @Test
  void aBareAreaWithinTenTimesOfAShareAreaIsComparedInSquareKilometres() {
    assertThat(
            disputes(
                ClaimFactory.control(
                    "a", "RUS", "2025-07", new Measure(0.19, 113_000.0, Approx.ABOUT), "UA"),
                ClaimFactory.control(
                    "b", "RUS", "2025-07", Measure.area(90_000, Approx.ABOUT), "UA")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.why())
                    .isEqualTo(
                        "about 19 %, 113,000 km² vs about 90,000 km²: 25.6 % apart (tolerance"
                            + " 10 %)"));
  }

  @Test
  void areasFarApartAreCountedInTimesNotInAbsurdPercentages() {
    assertThat(
            disputes(
                ClaimFactory.control(
                    "a", "UKR", "2024-08", Measure.area(1_000, Approx.ABOUT), "RU-KRS"),
                ClaimFactory.control(
                    "b", "UKR", "2024-08", Measure.area(40, Approx.ABOUT), "RU-KRS")))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.why())
                    .isEqualTo(
                        "about 1,000 km² vs about 40.0 km²: 25.0 times the smaller (tolerance"
                            + " 10 %)"));
  }

  @Test
  void areasWithinTenPercentAgree() {
    assertThat(
            disputes(
                ClaimFactory.control(
                    "a", "RUS", "2025-08", Measure.area(400, Approx.ABOUT), "UA-59"),
                ClaimFactory.control(
                    "b", "RUS", "2025-08", Measure.area(430, Approx.ABOUT), "UA-59")))
        .isEmpty();
  }

  @Test
  void anUpperBoundAboveTheOtherFigureAgrees() {
    assertThat(
            disputes(
                ClaimFactory.control(
                    "a", "RUS", "2025-08", Measure.share(0.2, Approx.AT_MOST), "UA"),
                ClaimFactory.control(
                    "b", "RUS", "2025-08", Measure.share(0.19, Approx.ABOUT), "UA")))
        .isEmpty();
  }

  @Test
  void differentRegionSetsOrHoldersAreDifferentFacts() {
    assertThat(
            disputes(
                ClaimFactory.share("a", "2025-08", 0.70, "UA-14"),
                ClaimFactory.share("b", "2025-08", 0.90, "UA-09"),
                ClaimFactory.control(
                    "c", "UKR", "2025-08", Measure.share(0.2, Approx.ABOUT), "UA-14")))
        .isEmpty();
  }

  @Test
  void aFigureItsTextCallsDisputedIsListedAlone() {
    Claim disputed = ClaimFactory.share("a", "2025-08", 0.70, "UA-14");
    disputed = disputed.withProvenance(disputed.provenance().withStatus(Status.DISPUTED));

    assertThat(disputes(disputed))
        .singleElement()
        .satisfies(f -> assertThat(f.why()).isEqualTo("a text reports the figure as disputed"));
  }
}
