package org.parley.analysis.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.analysis.LedgerFixtures;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;

/**
 * The briefing of a ledger whose documents, claims and knowledge base were written by an attacker:
 * script and event-handler payloads (each setting {@code window.__pwned} to a label saying where it
 * came from) in titles, outlets, text, sources, via names, details, places and a knowledge-base
 * person's name (fixture {@code ledgers/hostile}).
 */
final class HostileReport {
  /**
   * The payloads the briefing shows (as text); the title and provision-detail payloads are in the
   * ledger too, but the briefing does not print titles or details at all.
   */
  static final List<String> SHOWN = List.of("outlet", "text", "source", "via", "place", "kb");

  private HostileReport() {}

  /** Writes the HTML briefing into {@code dir} and returns its file. */
  static Path write(Path dir) throws IOException {
    Path kbFile =
        Files.writeString(
            dir.resolve("hostile.tsv"),
            "person\tevil\t<script>window.__pwned='kb'</script>Evil Person\tparty=RUS\taliases=Evil\n",
            StandardCharsets.UTF_8);
    Names names = new Names(KnowledgeBase.load(List.of(kbFile)));
    String html;
    try (ClaimLedger ledger = LedgerFixtures.load(dir, "hostile")) {
      html =
          new HtmlReport(names)
              .render(
                  new BriefingBuilder(names).build(ledger.latest(), BriefingOptions.defaults()));
    }
    return Files.writeString(dir.resolve("hostile.html"), html, StandardCharsets.UTF_8);
  }
}
