package org.parley.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.LedgerFixtures;
import org.parley.analysis.contradiction.DisputeFinder;
import org.parley.analysis.contradiction.DisputeTolerance;
import org.parley.analysis.position.IssueThread;
import org.parley.analysis.position.PositionFinder;
import org.parley.analysis.shift.Shift;
import org.parley.analysis.shift.ShiftFinder;
import org.parley.analysis.shift.ShiftKind;
import org.parley.contract.ClaimReader;
import org.parley.contract.ReadResult;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.testkit.SharedData;

/**
 * The founding article's gold claims ({@code ../shared/gold}, skipped when absent) answer the
 * questions the article raises: Russia's demand narrowed from four regions to the Donbas.
 */
class FoundingArticleTest {
  private static final ActorId RUS = ActorId.of("RUS");

  @TempDir Path dir;

  private ClaimLedger ledger() {
    Path gold = SharedData.require("gold/000_1765a6ab7ed27385.jsonl");
    List<Claim> claims =
        new ClaimReader()
            .readFile(gold).stream()
                .map(r -> r instanceof ReadResult.Parsed p ? p.claim() : null)
                .toList();
    assertThat(claims).doesNotContainNull().hasSize(23);
    ClaimLedger ledger = LedgerFixtures.open(dir);
    LedgerFixtures.importClaims(ledger, claims);
    return ledger;
  }

  @Test
  void russiasCessionDemandNarrowedFromFourRegionsToTheDonbas() {
    try (ClaimLedger ledger = ledger()) {
      LedgerSnapshot s = ledger.latest();
      IssueThread cede =
          new PositionFinder()
              .find(s, RUS, null).issues().stream()
                  .filter(t -> t.issue().type() == ProvisionType.TERRITORY_CEDE)
                  .findFirst()
                  .orElseThrow();
      Shift narrowed =
          new ShiftFinder()
              .find(s, RUS, null, 12).shifts().stream()
                  .filter(x -> x.kind() == ShiftKind.NARROWED)
                  .findFirst()
                  .orElseThrow();

      assertThat(cede.current().stance().regions())
          .containsExactly(RegionId.of("UA-09"), RegionId.of("UA-14"));
      assertThat(cede.current().since().label()).isEqualTo("2025-08-15");
      assertThat(cede.superseded())
          .singleElement()
          .satisfies(r -> assertThat(r.since().label()).isEqualTo("2024"));
      assertThat(narrowed.rule()).isEqualTo("regions dropped: UA-23, UA-63");
    }
  }

  @Test
  void itsControlFiguresDoNotContradictEachOther() {
    try (ClaimLedger ledger = ledger()) {
      assertThat(
              new DisputeFinder().find(ledger.latest(), DisputeTolerance.DEFAULT, null).isEmpty())
          .isTrue();
    }
  }

  @Test
  void theBriefingShowsRussiasPositionsAloneAndTheNarrowing() {
    try (ClaimLedger ledger = ledger()) {
      Names names = new Names(KnowledgeBase.loadDefault());
      Briefing b = new BriefingBuilder(names).build(ledger.latest(), BriefingOptions.defaults());
      String text = new TextReport(names).render(b);

      assertThat(b.positions()).extracting(p -> p.party().value()).containsExactly("RUS");
      assertThat(b.gap()).isNull();
      assertThat(b.controls()).hasSize(9);
      assertThat(text)
          .contains("narrowed")
          .contains("Fewer than two parties hold positions.")
          .contains("Vladimir Putin, Donald Trump in Alaska");
    }
  }
}
