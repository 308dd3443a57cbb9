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
 * A document that runs past {@code --time-budget} is reported and skipped, not recorded, and the
 * documents around it are stored; a later run with a larger budget records it.
 */
class TimeBudgetCliTest {
  private static final String TALKS =
      "The Kremlin demanded on Friday that Ukraine withdraw its troops from the Donetsk region"
          + " before any ceasefire, officials in Moscow said. Kyiv rejected the demand.\n";
  private static final String PARAGRAPH =
      "Negotiators from both sides met again in Istanbul on Monday, and the Russian delegation"
          + " repeated that Moscow wants the whole of the Donbas before any truce, while Kyiv said"
          + " it would not give up land it holds. \"We will not trade territory for promises,\" the"
          + " Ukrainian foreign minister told reporters after the talks.\n\n";

  @TempDir Path dir;

  @Test
  void aDocumentPastTheBudgetIsReportedAndTheOthersAreStored() throws Exception {
    Path first = Files.writeString(dir.resolve("a-first.txt"), TALKS);
    Path big = Files.writeString(dir.resolve("b-long.txt"), PARAGRAPH.repeat(8_000));
    Path last = Files.writeString(dir.resolve("c-last.txt"), TALKS.replace("Friday", "Monday"));
    String db = dir.resolve("ledger.db").toString();
    run("extract", first.toString()); // warms the JIT, so the small ones stay well within budget

    LedgerCliFixture.Run r =
        run(
            "ingest",
            "--db",
            db,
            "--no-progress",
            "--threads",
            "1",
            "--time-budget",
            "3",
            first.toString(),
            big.toString(),
            last.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(r.err())
        .contains(
            "b-long: took longer than the 3 s time budget per document (--time-budget); skipped");
    assertThat(r.out()).contains("ledger: 2 new").contains("1 documents not extracted");
    String recorded = run("export", "--db", db, "--format", "jsonl").out();
    assertThat(recorded).contains("\"doc\":\"a-first\"").contains("\"doc\":\"c-last\"");
    assertThat(recorded).doesNotContain("\"doc\":\"b-long\"");
  }
}
