package org.parley.ledger.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.ledger.LedgerFixture.V1;
import static org.parley.ledger.LedgerFixture.V2;
import static org.parley.ledger.LedgerFixture.demand;
import static org.parley.ledger.LedgerFixture.document;
import static org.parley.ledger.LedgerFixture.extraction;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.ledger.AppendResult;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerDatabase;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import org.parley.model.ProvisionType;

class LuceneSearchIndexTest {
  private static final String KYIV =
      "Kyiv asked its partners for security guarantees before any talks on territory.";
  private static final String TRUCE = "Both sides traded accusations as the truce talks stalled.";

  @RegisterExtension final LedgerDatabase db = LedgerDatabase.sqlite();
  private ClaimLedger ledger;
  private Path folder;

  @BeforeEach
  void open() {
    ledger = JdbiClaimLedger.open(db.location());
    folder = db.folder().resolve("index");
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  @Test
  void findsDocumentsAndClaimsAppendedAfterItOpened() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, ledger)) {
      ledger.append(
          extraction(
              document("kyiv", "2025-08-21", KYIV),
              V1,
              demand("kyiv", "UKR", ProvisionType.SECURITY_GUARANTEES, "2025-08")));
      ledger.append(extraction(document("truce", "2025-08-22", TRUCE), V1));

      List<SearchHit> hits = index.search("security guarantee", ledger.latest(), 10);

      assertThat(hits).extracting(h -> h.doc().value()).containsOnly("kyiv");
      assertThat(hits).anySatisfy(h -> assertThat(h.isClaim()).isTrue());
      assertThat(hits)
          .anySatisfy(
              h -> {
                assertThat(h.isClaim()).isFalse();
                assertThat(h.snippet()).contains("security guarantees");
                assertThat(h.title()).isEqualTo("Report kyiv");
              });
      assertThat(index.search("truce", ledger.latest(), 10))
          .extracting(h -> h.doc().value())
          .containsExactly("truce");
    }
  }

  @Test
  void answersAsOfASnapshotAndSkipsSupersededClaims() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, ledger)) {
      AppendResult.Appended first =
          (AppendResult.Appended)
              ledger.append(
                  extraction(
                      document("kyiv", "2025-08-21", KYIV),
                      V1,
                      demand("kyiv", "UKR", ProvisionType.SECURITY_GUARANTEES, "2025-08")));
      ledger.append(
          extraction(
              document("kyiv", "2025-08-21", KYIV),
              V2,
              demand("kyiv", "UKR", ProvisionType.TALKS, "2025-08")));

      assertThat(index.search("guarantees", ledger.latest(), 10)).noneMatch(SearchHit::isClaim);
      assertThat(index.search("guarantees", ledger.asOf(first.recordedAt()), 10))
          .anyMatch(SearchHit::isClaim);
      assertThat(index.search("guarantees", ledger.asOf(java.time.Instant.EPOCH), 10)).isEmpty();
    }
  }

  @Test
  void catchesUpOnOpenWithWhatWasAppendedWhileItWasClosed() {
    ledger.append(extraction(document("truce", "2025-08-22", TRUCE), V1));
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, ledger)) {
      assertThat(index.search("truce", ledger.latest(), 10)).hasSize(1);
    }
    ledger.append(extraction(document("kyiv", "2025-08-21", KYIV), V1));
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, ledger)) {
      assertThat(index.search("talks", ledger.latest(), 10)).hasSize(2);
    }
  }

  @Test
  void aRebuildGivesTheSameAnswers() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, ledger)) {
      ledger.append(
          extraction(
              document("kyiv", "2025-08-21", KYIV),
              V1,
              demand("kyiv", "UKR", ProvisionType.SECURITY_GUARANTEES, "2025-08")));
      List<SearchHit> before = index.search("guarantees", ledger.latest(), 10);

      index.rebuild();

      assertThat(index.search("guarantees", ledger.latest(), 10)).isEqualTo(before);
    }
  }

  @Test
  void asecondProcessOpensTheIndexReadOnly() {
    try (LuceneSearchIndex writer = LuceneSearchIndex.open(folder, ledger)) {
      ledger.append(extraction(document("truce", "2025-08-22", TRUCE), V1));
      writer.rebuild();
      try (LuceneSearchIndex reader = LuceneSearchIndex.open(folder, ledger)) {
        assertThat(reader.isReadOnly()).isTrue();
        assertThat(reader.search("truce", ledger.latest(), 10)).hasSize(1);
      }
    }
  }

  @Test
  void aMalformedQueryIsABadInput() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder, ledger)) {
      assertThatThrownBy(() -> index.search("security AND (", ledger.latest(), 10))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot parse");
    }
  }

  @Test
  void theIndexLivesBesideASqliteFile() {
    LedgerLocation sqlite = new LedgerLocation.Sqlite(Path.of("/data/parley/ledger.db"));
    assertThat(LuceneSearchIndex.defaultFolder(sqlite, Map.of()))
        .isEqualTo(Path.of("/data/parley/ledger-search"));
    LedgerLocation pg = LedgerLocation.parse("postgresql://u:p@db.example:5432/parley");
    assertThat(LuceneSearchIndex.defaultFolder(pg, Map.of("PARLEY_HOME", "/srv/parley")))
        .isEqualTo(Path.of("/srv/parley/search/postgresql_db.example_5432_parley"));
  }
}
