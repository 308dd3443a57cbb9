package org.parley.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ExitCodes;
import org.parley.cli.claims.LedgerCliFixture;
import org.parley.contract.ClaimWriter;
import org.parley.contract.DocumentJson;
import org.parley.contract.DocumentLine;
import org.parley.model.Approx;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.testkit.ClaimFixture;
import org.parley.testkit.DocumentFixture;

/**
 * Loading a batch folder (the layout {@code parley spark extract} writes, here written by hand; the
 * Spark module's tests load a real job's output) into a real SQLite ledger.
 */
class BatchIngestTest {
  @TempDir Path dir;
  private Path batch;
  private String db;

  private static String document(String id, String text, int claims) {
    return new DocumentJson()
        .write(
            new DocumentLine(
                DocumentFixture.withText(id, "2025-08-21", text), "wire.jsonl:" + id, claims));
  }

  private static String claimOf(String doc, Claim claim) {
    Control c = (Control) claim;
    return new ClaimWriter()
        .write(
            new Control(
                ClaimFixture.provenance(doc, "2025-08-15"),
                c.holder(),
                c.agent(),
                c.regions(),
                c.measure()));
  }

  @BeforeEach
  void writeBatch() throws IOException {
    batch = dir.resolve("batch");
    Files.createDirectories(batch.resolve("documents"));
    Files.createDirectories(batch.resolve("claims"));
    Files.writeString(
        batch.resolve("documents/part-00000-a.jsonl"),
        document("front", "Russian forces hold about 75% of Donetsk, analysts estimate.", 2)
            + "\n"
            + document("quiet", "Nothing was said about the talks today.", 0)
            + "\n");
    Files.writeString(
        batch.resolve("claims/part-00000-a.jsonl"),
        claimOf("front", ClaimFixture.control("UA-14", 0.75, Approx.ABOUT))
            + "\n"
            + claimOf("front", ClaimFixture.control("UA-09", 0.99, Approx.NEARLY_ALL))
            + "\n");
    Files.writeString(
        batch.resolve("summary.json"),
        "{\"schema\":\"parley.batch/1\",\"extractor\":\"parley-extract/rules-x+kb/abc\"}");
    db = dir.resolve("ledger.db").toString();
  }

  @Test
  void loadsTheBatchUnderItsExtractorAndTwiceAddsNothing() {
    LedgerCliFixture.Run first = run("ingest", "--db", db, batch.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("batch: 2 documents, 0 unreadable")
        .contains(
            "ledger: 2 new, 0 re-extracted, 0 already recorded, 0 conflicting; 2 claims added");
    String claims = run("claims", "--db", db, "--json").out();
    assertThat(claims.lines()).hasSize(2);

    LedgerCliFixture.Run again = run("ingest", "--db", db, batch.toString());
    assertThat(again.out()).contains("0 new, 0 re-extracted, 2 already recorded");
    assertThat(run("claims", "--db", db, "--json").out()).isEqualTo(claims);
    assertThat(run("search", "--db", db, "Donetsk").out()).contains("front");
  }

  @Test
  void aBrokenDocumentIsReportedAndTheRestLoaded() throws IOException {
    Files.writeString(
        batch.resolve("claims/part-00000-a.jsonl"),
        "{\"schema\":\"parley.claim/1\",\"doc\":\"front\"}\n"
            + claimOf("front", ClaimFixture.control("UA-09", 0.99, Approx.NEARLY_ALL))
            + "\n");
    LedgerCliFixture.Run r = run("ingest", "--db", db, batch.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(r.err()).contains("documents/part-00000-a.jsonl:1: document front:");
    assertThat(r.out()).contains("batch: 2 documents, 1 unreadable").contains("1 new");
  }

  @Test
  void refusesToMixBatchesWithArticles() throws IOException {
    Path article = Files.writeString(dir.resolve("talks.txt"), "Talks went on in Geneva.");
    LedgerCliFixture.Run r = run("ingest", "--db", db, batch.toString(), article.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("either batch folders");
  }
}
