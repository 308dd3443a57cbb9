package org.parley.contract.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Approx;
import org.parley.model.Claim;
import org.parley.model.DocumentId;
import org.parley.model.Measure;
import org.parley.testkit.ClaimFixture;

class ClaimScorerTest {
  private final ClaimScorer scorer = new ClaimScorer();

  @Test
  void identicalSetsScorePerfectly() {
    List<Claim> gold = List.of(ClaimFixture.demandDonbas(), ClaimFixture.offerFreeze());
    ScoreReport r = scorer.score(List.of(), gold, gold);
    assertThat(r.total().f1()).isEqualTo(1.0);
    assertThat(r.attribute("status")).contains(new ScoreReport.Accuracy(2, 2));
  }

  @Test
  void aPredictionForAnEmptyGoldDocumentIsSpurious() {
    ScoreReport r =
        scorer.score(
            List.of(new DocumentId("doc-demand")), List.of(), List.of(ClaimFixture.demandDonbas()));
    assertThat(r.of("demand")).isEqualTo(new ScoreReport.Counts(0, 1, 0));
    assertThat(r.misses()).singleElement().extracting(ScoreReport.Miss::missed).isEqualTo(false);
  }

  @Test
  void predictionsForUnscoredDocumentsAreIgnored() {
    ScoreReport r =
        scorer.score(
            List.of(new DocumentId("other")), List.of(), List.of(ClaimFixture.offerFreeze()));
    assertThat(r.total()).isEqualTo(new ScoreReport.Counts(0, 0, 0));
  }

  @Test
  void eachPredictionMatchesOneGoldRecordAtMost() {
    Claim demand = ClaimFixture.demandDonbas();
    ScoreReport r = scorer.score(List.of(), List.of(demand, demand), List.of(demand));
    assertThat(r.of("demand")).isEqualTo(new ScoreReport.Counts(1, 0, 1));
  }

  @Test
  void controlSharesMustAgreeWithinFivePoints() {
    Claim gold = ClaimFixture.control("UA-14", 0.75, Approx.ABOUT);
    assertThat(new ClaimMatcher().matches(gold, ClaimFixture.control("UA-14", 0.79, Approx.EXACT)))
        .isTrue();
    assertThat(new ClaimMatcher().matches(gold, ClaimFixture.control("UA-14", 0.81, Approx.ABOUT)))
        .isFalse();
    assertThat(
            ClaimMatcher.measureAgrees(
                Measure.area(388.5, Approx.ABOUT), Measure.area(420, Approx.ABOUT)))
        .isTrue();
    assertThat(
            ClaimMatcher.measureAgrees(
                Measure.area(388.5, Approx.ABOUT), Measure.area(430, Approx.ABOUT)))
        .isFalse();
  }

  @Test
  void speakersMatchOnHolderOrOnHalfTheirWords() {
    var a =
        ClaimFixture.statement("a senior NATO defense official", "NATO", "Whatever helps to stall");
    var b =
        new org.parley.model.Statement(
            a.provenance(), null, "the NATO defense official", "whatever helps to stall,");
    assertThat(ClaimMatcher.sameSpeaker(a, b)).isTrue();
    assertThat(ClaimMatcher.quoteOverlap("Whatever helps to stall,", "helps to stall"))
        .isEqualTo(0.75);
  }
}
