package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.ledger.LedgerFixture.V1;
import static org.parley.ledger.LedgerFixture.V2;
import static org.parley.ledger.LedgerFixture.control;
import static org.parley.ledger.LedgerFixture.demand;
import static org.parley.ledger.LedgerFixture.document;
import static org.parley.ledger.LedgerFixture.extraction;
import static org.parley.ledger.LedgerFixture.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.contract.ClaimWriter;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.ClaimKind;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.model.Span;
import org.parley.model.Status;

/** What every ledger store must do; run on SQLite and on PostgreSQL by the subclasses. */
abstract class ClaimLedgerContract {
  private static final String TEXT_A = "Moscow wants the Donbas handed over before any truce.";
  private static final String TEXT_B = "Moscow now says it also wants Kherson, officials said.";

  ClaimLedger ledger;

  abstract LedgerDatabase db();

  @BeforeEach
  void open() {
    ledger = JdbiClaimLedger.open(db().location());
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  @Test
  void appendsADocumentAndReadsItsClaimsBackExactly() {
    Document d = document("a", "2025-08-21", TEXT_A);
    Claim demand = demand("a", "RUS", ProvisionType.TERRITORY_CEDE, "2025-08-15", "UA-14", "UA-09");
    Claim meeting = meeting("a", "2025-08-15", "putin", "trump");

    AppendResult result = ledger.append(extraction(d, V1, demand, meeting));

    assertThat(result).isInstanceOf(AppendResult.Appended.class);
    List<LedgerEntry> entries = ledger.latest().claims(ClaimQuery.all());
    assertThat(entries).extracting(LedgerEntry::claim).containsExactlyInAnyOrder(demand, meeting);
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.run()).isEqualTo(V1);
              assertThat(e.outlet()).isEqualTo("Test Wire");
              assertThat(e.recordedAt()).isEqualTo(((AppendResult.Appended) result).recordedAt());
              assertThat(e.isSuperseded()).isFalse();
            });
    assertThat(ledger.latest().document(d.id())).contains(d);
  }

  @Test
  void appendingTheSameDocumentTwiceIsIdempotent() {
    Document d = document("a", "2025-08-21", TEXT_A);
    Extraction x = extraction(d, V1, demand("a", "RUS", ProvisionType.CEASEFIRE, "2025-08"));
    AppendResult first = ledger.append(x);

    AppendResult second = ledger.append(x);

    assertThat(second).isInstanceOf(AppendResult.AlreadyRecorded.class);
    assertThat(((AppendResult.AlreadyRecorded) second).extraction())
        .isEqualTo(((AppendResult.Appended) first).extraction());
    LedgerStats stats = ledger.latest().stats();
    assertThat(stats.extractions()).isEqualTo(1);
    assertThat(stats.claimsRecorded()).isEqualTo(1);
  }

  @Test
  void tellsWhetherAContentWasRecordedByARunAndTalliesOutcomes() {
    Document d = document("a", "2025-08-21", TEXT_A);
    AppendTally tally = new AppendTally();
    assertThat(ledger.hasRecorded(d.id(), d.contentHash(), V1)).isFalse();

    tally.add(
        ledger.append(extraction(d, V1, demand("a", "RUS", ProvisionType.CEASEFIRE, "2025"))));
    tally.add(
        ledger.append(extraction(d, V1, demand("a", "RUS", ProvisionType.CEASEFIRE, "2025"))));
    tally.add(ledger.append(extraction(d, V2)));

    assertThat(ledger.hasRecorded(d.id(), d.contentHash(), V1)).isTrue();
    assertThat(ledger.hasRecorded(d.id(), d.contentHash(), V2)).isTrue();
    assertThat(tally.counts()).isEqualTo(new AppendTally.Counts(1, 1, 1, 0, 1));
  }

  @Test
  void theSameRunGivingOtherClaimsIsReportedNotRecorded() {
    Document d = document("a", "2025-08-21", TEXT_A);
    ledger.append(extraction(d, V1, demand("a", "RUS", ProvisionType.CEASEFIRE, "2025-08")));

    AppendResult again =
        ledger.append(extraction(d, V1, demand("a", "RUS", ProvisionType.SANCTIONS, "2025-08")));

    assertThat(again).isInstanceOf(AppendResult.ConflictsWithRecorded.class);
    assertThat(ledger.latest().stats().claimsRecorded()).isEqualTo(1);
  }

  @Test
  void aNewerExtractorSupersedesTheEarlierClaimsAndKeepsThem() {
    Document d = document("a", "2025-08-21", TEXT_A);
    Claim old = demand("a", "RUS", ProvisionType.CEASEFIRE, "2025-08");
    Claim fresh = demand("a", "RUS", ProvisionType.TERRITORY_CEDE, "2025-08-15", "UA-14");
    AppendResult.Appended first = (AppendResult.Appended) ledger.append(extraction(d, V1, old));

    AppendResult second = ledger.append(extraction(d, V2, fresh));

    assertThat(second).isInstanceOf(AppendResult.Superseded.class);
    AppendResult.Superseded s = (AppendResult.Superseded) second;
    assertThat(s.replaced()).containsExactly(first.extraction());
    assertThat(ledger.latest().claims(ClaimQuery.all()))
        .extracting(LedgerEntry::claim)
        .containsExactly(fresh);
    assertThat(ledger.asOf(first.recordedAt()).claims(ClaimQuery.all()))
        .extracting(LedgerEntry::claim)
        .containsExactly(old);
    List<LedgerEntry> history = ledger.latest().claims(ClaimQuery.all().withSuperseded(true));
    assertThat(history).hasSize(2);
    assertThat(history)
        .filteredOn(LedgerEntry::isSuperseded)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.claim()).isEqualTo(old);
              assertThat(e.supersededAt()).isEqualTo(s.recordedAt());
            });
    assertThat(ledger.latest().stats().supersededExtractions()).isEqualTo(1);
  }

  @Test
  void aChangedTextUnderTheSameIdIsANewVersionThatSupersedes() {
    Document v1 = document("a", "2025-08-21", TEXT_A);
    Document v2 = document("a", "2025-08-22", TEXT_B);
    AppendResult.Appended first =
        (AppendResult.Appended)
            ledger.append(
                extraction(
                    v1, V1, demand("a", "RUS", ProvisionType.TERRITORY_CEDE, "2025-08", "UA-14")));

    AppendResult second =
        ledger.append(
            extraction(
                v2, V1, demand("a", "RUS", ProvisionType.TERRITORY_CEDE, "2025-08", "UA-65")));

    assertThat(second).isInstanceOf(AppendResult.Superseded.class);
    assertThat(ledger.latest().document(v1.id())).contains(v2);
    assertThat(ledger.asOf(first.recordedAt()).document(v1.id())).contains(v1);
    assertThat(ledger.latest().claims(ClaimQuery.all().withRegion(RegionId.of("UA-14")))).isEmpty();
    assertThat(ledger.latest().stats().documents()).isEqualTo(1);
  }

  @Test
  void aSnapshotReproducesItsStateHoweverMuchIsAppendedLater() {
    ledger.append(
        extraction(
            document("a", "2025-08-21", TEXT_A),
            V1,
            demand("a", "RUS", ProvisionType.CEASEFIRE, "2025-08")));
    LedgerSnapshot then = ledger.latest();
    List<LedgerEntry> before = then.claims(ClaimQuery.all());
    LedgerStats statsBefore = then.stats();

    ledger.append(
        extraction(
            document("b", "2025-08-22", TEXT_B),
            V1,
            demand("b", "UKR", ProvisionType.SECURITY_GUARANTEES, "2025-08")));
    ledger.append(
        extraction(
            document("a", "2025-08-21", TEXT_A),
            V2,
            demand("a", "RUS", ProvisionType.SANCTIONS, "2025-08")));

    LedgerSnapshot again = ledger.asOf(then.asOf());
    assertThat(again.claims(ClaimQuery.all())).isEqualTo(before);
    assertThat(again.stats()).isEqualTo(statsBefore);
    assertThat(ledger.latest().claims(ClaimQuery.all())).hasSize(2);
    assertThat(ledger.asOf(Instant.EPOCH).claims(ClaimQuery.all())).isEmpty();
  }

  @Test
  void recordedInstantsStrictlyIncrease() {
    Instant previous = Instant.EPOCH;
    for (int i = 0; i < 5; i++) {
      AppendResult.Appended a =
          (AppendResult.Appended)
              ledger.append(extraction(document("d" + i, "2025-08-21", TEXT_A), V1));
      assertThat(a.recordedAt()).isAfter(previous);
      previous = a.recordedAt();
    }
  }

  @Test
  void queriesFilterByEveryField() {
    ledger.append(
        extraction(
            document("a", "2025-08-21", TEXT_A),
            V1,
            demand("a", "RUS", ProvisionType.TERRITORY_CEDE, "2025-08-15", "UA-14", "UA-09"),
            control("a", "RUS", "UA-09", 0.99, "2025-08"),
            meeting("a", "2025-08-15", "putin", "trump")));
    ledger.append(
        extraction(
            document("b", "2024-03-02", TEXT_B),
            V1,
            demand("b", "UKR", ProvisionType.SECURITY_GUARANTEES, "2024-03")));
    LedgerSnapshot s = ledger.latest();

    assertThat(ids(s, ClaimQuery.all().withParty(ActorId.of("RUS")))).hasSize(2);
    assertThat(ids(s, ClaimQuery.all().withParty(ActorId.of("putin")))).hasSize(1);
    assertThat(ids(s, ClaimQuery.all().withKinds(Set.of(ClaimKind.CONTROL)))).hasSize(1);
    assertThat(ids(s, ClaimQuery.all().withProvisionType(ProvisionType.TERRITORY_CEDE))).hasSize(1);
    assertThat(ids(s, ClaimQuery.all().withRegion(RegionId.of("UA-09")))).hasSize(2);
    assertThat(
            ids(
                s,
                ClaimQuery.all()
                    .withRegion(RegionId.of("UA-09"))
                    .withParty(ActorId.of("RUS"))
                    .withKinds(Set.of(ClaimKind.DEMAND))))
        .hasSize(1);
    assertThat(
            ids(s, ClaimQuery.all().withRegion(RegionId.of("UA-09")).withParty(ActorId.of("RUS"))))
        .as("a party's claims on a region: the demand and the control figure")
        .hasSize(2);
    assertThat(
            ids(s, ClaimQuery.all().withRegion(RegionId.of("UA-09")).withParty(ActorId.of("UKR"))))
        .isEmpty();
    assertThat(
            ids(
                s,
                ClaimQuery.all()
                    .withParty(ActorId.of("UKR"))
                    .withProvisionType(ProvisionType.SECURITY_GUARANTEES)))
        .hasSize(1);
    assertThat(
            ids(
                s,
                ClaimQuery.all()
                    .withParty(ActorId.of("RUS"))
                    .withProvisionType(ProvisionType.SECURITY_GUARANTEES)))
        .isEmpty();
    assertThat(ids(s, ClaimQuery.all().withStatus(Status.ESTIMATED))).hasSize(1);
    assertThat(ids(s, ClaimQuery.all().withDoc(new DocumentId("b")))).hasSize(1);
    assertThat(ids(s, ClaimQuery.all().withOutlet("Test Wire"))).hasSize(4);
    assertThat(ids(s, ClaimQuery.all().withOutlet("Other Wire"))).isEmpty();
    assertThat(ids(s, ClaimQuery.all().withValidTime(LocalDate.parse("2025-08-20"), null)))
        .as("the month 2025-08 overlaps the 20th")
        .hasSize(1);
    assertThat(ids(s, ClaimQuery.all().withValidTime(null, LocalDate.parse("2024-12-31"))))
        .hasSize(1);
    assertThat(ids(s, ClaimQuery.all().withLimit(2))).hasSize(2);
  }

  @Test
  void claimsComeNewestValidTimeFirst() {
    ledger.append(
        extraction(
            document("a", "2025-08-21", TEXT_A),
            V1,
            demand("a", "RUS", ProvisionType.CEASEFIRE, "2024"),
            demand("a", "RUS", ProvisionType.SANCTIONS, "2025-08-15"),
            demand("a", "RUS", ProvisionType.NEUTRALITY, "2025-01")));

    assertThat(ledger.latest().claims(ClaimQuery.all()))
        .extracting(e -> e.validTime().toString())
        .containsExactly("2025-08-15", "2025-01", "2024");
  }

  @Test
  void importedClaimsAreRecordedOnceWithoutTheirText() {
    Claim c = demand("x", "RUS", ProvisionType.CEASEFIRE, "2025-08");
    ClaimImport batch =
        new ClaimImport(new DocumentId("x"), new RunIdentity("import", "gold"), List.of(c));

    assertThat(ledger.appendClaims(batch)).isInstanceOf(AppendResult.Appended.class);
    assertThat(ledger.appendClaims(batch)).isInstanceOf(AppendResult.AlreadyRecorded.class);

    assertThat(ledger.latest().claims(ClaimQuery.all()))
        .extracting(LedgerEntry::claim)
        .containsExactly(c);
    assertThat(ledger.latest().document(new DocumentId("x"))).isEmpty();
  }

  @Test
  void streamsEveryClaimInRecordingOrder() {
    for (int i = 0; i < 30; i++) {
      ledger.append(
          extraction(
              document("d" + i, "2025-08-21", TEXT_A),
              V1,
              demand("d" + i, "RUS", ProvisionType.CEASEFIRE, "2025-08")));
    }
    List<EntryId> seen = new java.util.ArrayList<>();

    ledger.latest().forEachClaim(ClaimQuery.all().withLimit(1), e -> seen.add(e.id()));

    assertThat(seen).hasSize(30).isSorted();
    assertThat(ledger.latest().claimsById(List.of(seen.get(3), seen.get(0))))
        .extracting(LedgerEntry::id)
        .containsExactly(seen.get(3), seen.get(0));
  }

  @Test
  void streamsTheLatestVersionOfEveryDocument() {
    ledger.append(extraction(document("a", "2025-08-21", TEXT_A), V1));
    ledger.append(extraction(document("b", "2025-08-21", TEXT_A).withBody(new Span(7, 12)), V1));
    ledger.append(extraction(document("a", "2025-08-22", TEXT_B), V1));
    List<Document> docs = new java.util.ArrayList<>();

    ledger.latest().forEachDocument(docs::add);

    assertThat(docs).extracting(Document::text).containsExactly(TEXT_B, TEXT_A);
    assertThat(docs.get(1).body()).isEqualTo(new Span(7, 12));
  }

  @Test
  void aClaimOfAnotherDocumentIsRefused() {
    Document d = document("a", "2025-08-21", TEXT_A);
    assertThatThrownBy(() -> extraction(d, V1, demand("b", "RUS", ProvisionType.CEASEFIRE, "2025")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("document b");
  }

  @Test
  void aRecordedClaimKeepsItsExactContractLine() {
    Claim c = control("a", "RUS", "UA-14", 0.75, "2025-08");
    ledger.append(extraction(document("a", "2025-08-21", TEXT_A), V1, c));

    LedgerEntry e = ledger.latest().claims(ClaimQuery.all()).get(0);

    assertThat(new ClaimWriter().write(e.claim())).isEqualTo(new ClaimWriter().write(c));
  }

  private static List<EntryId> ids(LedgerSnapshot s, ClaimQuery q) {
    return s.claims(q).stream().map(LedgerEntry::id).toList();
  }
}
