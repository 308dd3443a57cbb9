package org.parley.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.LedgerFixtures;
import org.parley.analysis.gap.GapRow;
import org.parley.analysis.gap.GapVerdict;
import org.parley.contract.ClaimReader;
import org.parley.contract.ReadResult;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.model.Claim;
import org.parley.model.DocumentId;
import org.parley.model.ProvisionType;

/**
 * The briefing of the sample corpus's hand-annotated claims ({@code samples/gold} in the checkout;
 * skipped when absent): a realistic ledger of 2021–2025 positions from 18 documents.
 */
class SampleGoldBriefingTest {
  @TempDir static Path dir;

  private static ClaimLedger ledger;
  private static Names names;

  @BeforeAll
  static void fill() throws IOException {
    Path gold = Path.of("../samples/gold");
    Assumptions.assumeTrue(Files.isDirectory(gold), "skipped: no sample gold at " + gold);
    Map<DocumentId, List<Claim>> byDoc = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(gold)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (ReadResult r : new ClaimReader().readFile(f)) {
          if (r instanceof ReadResult.Parsed p) {
            byDoc.computeIfAbsent(p.claim().doc(), d -> new ArrayList<>()).add(p.claim());
          }
        }
      }
    }
    ledger = LedgerFixtures.open(dir);
    byDoc.values().forEach(claims -> LedgerFixtures.importClaims(ledger, claims));
    names = new Names(KnowledgeBase.loadDefault());
  }

  @AfterAll
  static void close() {
    if (ledger != null) {
      ledger.close();
    }
  }

  private static Briefing briefing() {
    return new BriefingBuilder(names).build(ledger.latest(), BriefingOptions.defaults());
  }

  private static GapRow gap(Briefing b, ProvisionType type) {
    return b.gap().rows().stream().filter(r -> r.type() == type).findFirst().orElseThrow();
  }

  @Test
  void russiaAndUkraineLeadTheBriefingAndClashOverNato() {
    Briefing b = briefing();

    assertThat(b.positions()).extracting(p -> p.party().value()).startsWith("RUS", "UKR");
    assertThat(gap(b, ProvisionType.ALLIANCE_NATO).verdict()).isEqualTo(GapVerdict.CONFLICTING);
    assertThat(gap(b, ProvisionType.TERRITORY_RECOGNIZE).verdict())
        .isEqualTo(GapVerdict.CONFLICTING);
  }

  @Test
  void rendersAsTextAndHtmlTheSameWayTwice() {
    String text = new TextReport(names).render(briefing());
    String html = new HtmlReport(names).render(briefing());

    assertThat(text).contains("Sources\n[1] ").isEqualTo(new TextReport(names).render(briefing()));
    assertThat(html).contains("<svg").isEqualTo(new HtmlReport(names).render(briefing()));
  }
}
