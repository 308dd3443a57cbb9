package org.parley.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.LedgerFixtures;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.testkit.GoldenFiles;

class TextReportTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/report");

  @TempDir static Path dir;

  private static ClaimLedger ledger;
  private static Names names;

  @BeforeAll
  static void fill() {
    ledger = LedgerFixtures.load(dir, "talks");
    names = new Names(KnowledgeBase.loadDefault());
  }

  @AfterAll
  static void close() {
    ledger.close();
  }

  private static String report(BriefingOptions options) {
    Briefing b = new BriefingBuilder(names).build(ledger.latest(), options);
    return new TextReport(names).render(b);
  }

  @Test
  void briefingMatchesItsGoldenFile() {
    GoldenFiles.assertMatches(GOLDEN.resolve("talks.txt"), report(BriefingOptions.defaults()));
  }

  @Test
  void briefingAsItStoodAtAnEarlierDateMatchesItsGoldenFile() {
    GoldenFiles.assertMatches(
        GOLDEN.resolve("talks-2024.txt"),
        report(BriefingOptions.defaults().withValidAt(LocalDate.of(2024, 12, 31))));
  }

  @Test
  void theSameSnapshotGivesTheSameBytes() {
    assertThat(report(BriefingOptions.defaults())).isEqualTo(report(BriefingOptions.defaults()));
  }
}
