package org.parley.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Claim;
import org.parley.model.Demand;
import org.parley.model.Evidence;
import org.parley.model.PartialDate;
import org.parley.model.Polarity;
import org.parley.model.Provision;
import org.parley.model.ProvisionType;
import org.parley.model.Span;
import org.parley.testkit.ClaimFixture;

class ClaimMergerTest {
  private final ClaimMerger merger = new ClaimMerger();

  private static Claim at(Claim c, int start, String validTime) {
    var p = c.provenance();
    return c.withProvenance(
        p.withEvidence(new Evidence(p.doc(), List.of(new Span(start, start + 5)), "x"))
            .withValidTime(validTime == null ? null : PartialDate.parse(validTime)));
  }

  @Test
  void aRestatedClaimBecomesOneRecordWithBothSpans() {
    Claim first = at(ClaimFixture.rejectCession(), 0, "2025-03-16");
    Claim again = at(ClaimFixture.rejectCession(), 50, "2025-03-16");
    List<Claim> merged = merger.merge(List.of(first, again));
    assertThat(merged).singleElement();
    assertThat(merged.get(0).provenance().evidence().spans())
        .containsExactly(new Span(0, 5), new Span(50, 55));
  }

  @Test
  void anUndatedRestatementJoinsTheDatedOneAndKeepsItsDate() {
    Claim undated = at(ClaimFixture.rejectCession(), 0, null);
    Claim dated = at(ClaimFixture.rejectCession(), 50, "2025-03-16");
    Claim undatedAgain = at(ClaimFixture.rejectCession(), 90, null);
    List<Claim> merged = merger.merge(List.of(undated, dated, undatedAgain));
    assertThat(merged).singleElement();
    assertThat(merged.get(0).provenance().validTime()).hasToString("2025-03-16");
    assertThat(merged.get(0).provenance().evidence().spans()).hasSize(3);
  }

  @Test
  void theSameProvisionAtTwoTimesStaysTwoRecords() {
    Claim in2024 = at(ClaimFixture.demandDonbas(), 0, "2024");
    Claim in2025 = at(ClaimFixture.demandDonbas(), 50, "2025-08-15");
    assertThat(merger.merge(List.of(in2024, in2025))).hasSize(2);
  }

  private static Claim other(String detail, int start) {
    Demand d = (Demand) at(ClaimFixture.demandDonbas(), start, "2025-03-16");
    Provision p = new Provision(ProvisionType.OTHER, Polarity.FOR, List.of(), null, detail);
    return new Demand(d.provenance(), d.holder(), d.agent(), d.addressee(), p);
  }

  @Test
  void twoWordingsOfOneCategoryAreOneRecord() {
    List<Claim> merged =
        merger.merge(
            List.of(
                other("weapons and military aid: tanks", 0),
                other("weapons and military aid: howitzers", 40)));
    assertThat(merged).singleElement();
    assertThat(merged.get(0).provenance().evidence().spans()).hasSize(2);
  }

  @Test
  void twoCategoriesOfOtherStayTwoRecords() {
    assertThat(
            merger.merge(
                List.of(
                    other("weapons and military aid: tanks", 0),
                    other("financial support for Ukraine: loans", 40))))
        .hasSize(2);
  }

  @Test
  void differentProvisionsAreNotMerged() {
    assertThat(merger.merge(List.of(ClaimFixture.demandDonbas(), ClaimFixture.offerFreeze())))
        .hasSize(2);
  }
}
