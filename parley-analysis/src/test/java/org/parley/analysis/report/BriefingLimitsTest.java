package org.parley.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.ClaimFactory;
import org.parley.analysis.LedgerFixtures;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.model.ProvisionType;

/** A briefing stays readable on a long ledger: old stances and old disputes are counted. */
class BriefingLimitsTest {
  @TempDir Path dir;

  @Test
  void showsTheNewestStancesAndDisputesAndCountsTheRest() {
    Names names = new Names(KnowledgeBase.loadDefault());
    String text;
    String html;
    try (ClaimLedger ledger = LedgerFixtures.open(dir)) {
      for (int month = 1; month <= 5; month++) {
        String when = "2024-%02d".formatted(month);
        LedgerFixtures.importClaims(
            ledger,
            List.of(
                month % 2 == 1
                    ? ClaimFactory.demand("p" + month, "RUS", ProvisionType.CEASEFIRE, when)
                    : ClaimFactory.rejection("p" + month, "RUS", ProvisionType.CEASEFIRE, when)));
      }
      for (int i = 0; i < 16; i++) {
        // a quarter apart: farther than the dispute window, so each pair is its own dispute
        String when = "%d-%02d".formatted(2021 + (3 * i) / 12, (3 * i) % 12 + 1);
        int month = i + 1;
        LedgerFixtures.importClaims(
            ledger, List.of(ClaimFactory.share("a" + month, when, 0.7, "UA-14")));
        LedgerFixtures.importClaims(
            ledger, List.of(ClaimFactory.share("b" + month, when, 0.8, "UA-14")));
      }
      Briefing b = new BriefingBuilder(names).build(ledger.latest(), BriefingOptions.defaults());
      text = new TextReport(names).render(b);
      html = new HtmlReport(names).render(b);
    }

    assertThat(text).contains("  … 1 earlier stance").contains("… and 1 earlier (parley disputes");
    assertThat(text).contains("2024-10").doesNotContain("RUS     Donetsk  2021-01");
    assertThat(html)
        .contains("… 1 earlier</em>")
        .contains("… and 1 earlier (<code>parley disputes");
  }
}
