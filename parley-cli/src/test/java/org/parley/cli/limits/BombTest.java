package org.parley.cli.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ExitCodes;
import org.parley.cli.claims.LedgerCliFixture;

/**
 * The two compression bombs (one inflating to 1 GB, one to 10 GB), built here, fed to
 * {@code parley ingest} with the default limits in one run with a good article after them: each
 * bomb is reported with its name and the limit, no OutOfMemoryError or stack trace appears, and the
 * good article is in the ledger.
 */
class BombTest {
  private static final String GOOD =
      """
      The Kremlin demanded on Friday that Ukraine withdraw its troops from the Donetsk region \
      before any ceasefire, officials in Moscow said. Kyiv rejected the demand.
      """;

  @TempDir Path dir;

  @Test
  void bombsAreReportedAndTheGoodArticleAfterThemIsStored() throws Exception {
    Path text = Bombs.write(dir.resolve("bomb-1g.txt.gz"), "", "Talks resumed. ", 1L << 30);
    Path lines =
        Bombs.write(
            dir.resolve("bomb-10g.jsonl.gz"), "{\"id\": \"b\", \"text\": \"", "a", 10L << 30);
    Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
    String db = dir.resolve("ledger.db").toString();
    assertThat(Files.size(text) + Files.size(lines)).isLessThan(64L << 20);

    LedgerCliFixture.Run r =
        run(
            "ingest",
            "--db",
            db,
            "--no-progress",
            text.toString(),
            lines.toString(),
            good.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(r.err())
        .contains("bomb-1g.txt.gz: is larger than the 8 MiB limit per record (--max-record-size)")
        .contains("bomb-10g.jsonl.gz: holds more than the 1 GiB limit per file (--max-file-size)")
        .doesNotContain("OutOfMemoryError")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.out()).contains("ledger: 1 new");
    assertThat(run("claims", "--db", db, "--doc", "good", "--json").out())
        .contains("\"doc\":\"good\"");
  }
}
