package org.parley.analysis.contradiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.LedgerFixtures;
import org.parley.ledger.ClaimLedger;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;

class DisputeFinderTest {
  @TempDir static Path dir;

  private static ClaimLedger ledger;

  @BeforeAll
  static void fill() {
    ledger = LedgerFixtures.load(dir, "talks");
  }

  @AfterAll
  static void close() {
    ledger.close();
  }

  private static Disputes disputes(DisputeTolerance tolerance) {
    return new DisputeFinder().find(ledger.latest(), tolerance, null);
  }

  private static FigureDispute figures(Disputes d, String region) {
    return d.figures().stream()
        .filter(f -> f.regions().equals(List.of(RegionId.of(region))))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dispute about " + region + ": " + d.figures()));
  }

  @Test
  void seventyAndSeventyFivePercentOfDonetskInOneMonthDisagree() {
    FigureDispute d = figures(disputes(DisputeTolerance.DEFAULT), "UA-14");

    assertThat(d.period()).isEqualTo("2025-08 to 2025-08-21");
    assertThat(d.why()).isEqualTo("about 75 % vs about 70 %: 5.0 pp apart (tolerance 5 pp)");
    assertThat(d.figures())
        .extracting(f -> f.entry().outlet())
        .containsExactly("Northern Wire", "Evening Courier");
  }

  @Test
  void aWiderToleranceAcceptsThem() {
    Disputes d = disputes(new DisputeTolerance(6, 10, Period.MONTH));

    assertThat(d.figures()).noneMatch(f -> f.regions().equals(List.of(RegionId.of("UA-14"))));
  }

  @Test
  void nearlyAllDisagreesWithSixtyPercent() {
    FigureDispute d = figures(disputes(DisputeTolerance.DEFAULT), "UA-09");

    assertThat(d.why()).isEqualTo("nearly all vs about 60 %: 30.0 pp apart (tolerance 5 pp)");
  }

  @Test
  void aRejectionAndAnOfferOfTheSameProvisionInOneMonthDispute() {
    PositionDispute d =
        disputes(DisputeTolerance.DEFAULT).positions().stream()
            .filter(p -> p.type() == ProvisionType.CEASEFIRE)
            .findFirst()
            .orElseThrow();

    assertThat(d.holder().value()).isEqualTo("RUS");
    assertThat(d.period()).isEqualTo("2025-03");
    assertThat(d.first()).extracting(p -> p.claim().doc().value()).containsExactly("nw-2025-03-14");
    assertThat(d.second())
        .extracting(p -> p.claim().doc().value())
        .containsExactly("hp-2025-03-12");
  }

  @Test
  void aDeniedOfferStandsAgainstTheSourceThatReportedIt() {
    PositionDispute d =
        disputes(DisputeTolerance.DEFAULT).positions().stream()
            .filter(p -> p.type() == ProvisionType.TERRITORY_FREEZE)
            .findFirst()
            .orElseThrow();

    assertThat(d.secondLabel()).isEqualTo("denied");
    assertThat(d.why()).isEqualTo("one source asserts it, another reports it as denied");
    assertThat(d.first()).extracting(p -> p.claim().doc().value()).containsExactly("ec-2025-08-21");
    assertThat(d.second())
        .extracting(p -> p.claim().doc().value())
        .containsExactly("nw-2025-08-22");
  }

  @Test
  void periodsSeparateReportsOfDifferentMonths() {
    Disputes byDay = disputes(new DisputeTolerance(5, 10, Period.DAY));

    assertThat(byDay.positions()).noneMatch(p -> p.type() == ProvisionType.CEASEFIRE);
  }

  @Test
  void validAtLeavesOutLaterClaims() {
    assertThat(
            new DisputeFinder()
                .find(ledger.latest(), DisputeTolerance.DEFAULT, LocalDate.of(2025, 7, 31))
                .figures())
        .isEmpty();
  }
}
