package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ledger.LedgerFixture.V1;
import static org.parley.ledger.LedgerFixture.V2;
import static org.parley.ledger.LedgerFixture.demand;
import static org.parley.ledger.LedgerFixture.document;
import static org.parley.ledger.LedgerFixture.extraction;
import static org.parley.ledger.LedgerFixture.meeting;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import org.parley.model.Claim;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Provision;
import org.parley.model.ProvisionType;

/** Reviews on every ledger store: append-only, bitemporal, laid over every read. */
abstract class ReviewContract {
  private static final String TEXT =
      "Moscow wants the Donbas handed over; the leaders met in Alaska.";

  ClaimLedger ledger;
  private final Document doc = document("a", "2025-08-21", TEXT);
  private final Claim cede =
      demand("a", "RUS", ProvisionType.TERRITORY_CEDE, "2025-08-15", "UA-14");
  private final Claim met = meeting("a", "2025-08-15", "putin", "trump");

  abstract LedgerDatabase db();

  @BeforeEach
  void open() {
    ledger = JdbiClaimLedger.open(db().location());
    ledger.append(extraction(doc, V1, cede, met));
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  @Test
  void aRejectedClaimLeavesEveryAnswerButStaysInHistoryAndInThePast() {
    EntryId id = entryOf(ProvisionType.TERRITORY_CEDE);
    Instant before = ledger.latest().asOf();

    ReviewResult r =
        ledger.review(new Review(id, ReviewDecision.REJECT, null, null, "alice", "misread"));

    assertThat(r).isInstanceOf(ReviewResult.Recorded.class);
    LedgerSnapshot now = ledger.latest();
    assertThat(now.asOf()).isEqualTo(((ReviewResult.Recorded) r).review().recordedAt());
    assertThat(now.claims(ClaimQuery.all())).extracting(LedgerEntry::claim).containsExactly(met);
    List<LedgerEntry> streamed = new java.util.ArrayList<>();
    now.forEachClaim(ClaimQuery.all(), streamed::add);
    assertThat(streamed).extracting(LedgerEntry::claim).containsExactly(met);
    assertThat(now.count(ClaimQuery.all())).isEqualTo(1);
    assertThat(now.claims(ClaimQuery.all().withSuperseded(true)))
        .filteredOn(LedgerEntry::isRejected)
        .singleElement()
        .satisfies(e -> assertThat(e.review().describe()).contains("rejected by alice", "misread"));
    assertThat(ledger.asOf(before).claims(ClaimQuery.all())).hasSize(2);
  }

  @Test
  void aCorrectionReadsAsCorrectedIsFoundByItsNewValuesAndSurvivesReExtraction() {
    EntryId id = entryOf(ProvisionType.TERRITORY_CEDE);
    Provision was = ((Demand) cede).provision();
    Claim fixed =
        ((Demand) cede)
            .withProvision(
                new Provision(
                    ProvisionType.TERRITORY_FREEZE,
                    was.polarity(),
                    was.regions(),
                    was.beneficiary(),
                    was.detail()));
    ledger.review(
        new Review(
            id, ReviewDecision.CORRECT, fixed, "provision.type=territory.freeze", "bob", null));

    ClaimQuery freeze = ClaimQuery.all().withProvisionType(ProvisionType.TERRITORY_FREEZE);
    ClaimQuery cedeQuery = ClaimQuery.all().withProvisionType(ProvisionType.TERRITORY_CEDE);
    assertThat(ledger.latest().claims(freeze))
        .extracting(LedgerEntry::claim)
        .containsExactly(fixed);
    assertThat(ledger.latest().claims(cedeQuery)).isEmpty();

    ledger.append(extraction(doc, V2, cede, met));

    LedgerSnapshot later = ledger.latest();
    assertThat(later.claims(freeze))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isNotEqualTo(id);
              assertThat(e.run()).isEqualTo(V2);
              assertThat(e.claim()).isEqualTo(fixed);
              assertThat(e.extracted()).isEqualTo(cede);
              assertThat(e.review().reviewer()).isEqualTo("bob");
            });
    assertThat(later.claims(cedeQuery)).isEmpty();
    assertThat(later.reviews(new DocumentId("a")))
        .singleElement()
        .satisfies(rv -> assertThat(rv.entry()).isEqualTo(id));
  }

  @Test
  void theLatestReviewWinsAndAnAcceptedClaimIsMarked() {
    EntryId id = entryOf(ProvisionType.TERRITORY_CEDE);
    ledger.review(new Review(id, ReviewDecision.REJECT, null, null, "alice", "misread"));
    ledger.review(new Review(id, ReviewDecision.ACCEPT, null, null, "carol", "it is right"));

    assertThat(ledger.latest().claims(ClaimQuery.all()))
        .filteredOn(e -> e.id().equals(id))
        .singleElement()
        .satisfies(e -> assertThat(e.review().decision()).isEqualTo(ReviewDecision.ACCEPT));
    assertThat(ledger.latest().reviews(new DocumentId("a"))).hasSize(2);
  }

  @Test
  void anUnknownEntryIsAnOutcomeNotAnException() {
    assertThat(
            ledger.review(
                new Review(new EntryId(999), ReviewDecision.ACCEPT, null, null, "a", null)))
        .isEqualTo(new ReviewResult.UnknownEntry(new EntryId(999)));
  }

  private EntryId entryOf(ProvisionType type) {
    return ledger.latest().claims(ClaimQuery.all().withProvisionType(type)).get(0).id();
  }
}
