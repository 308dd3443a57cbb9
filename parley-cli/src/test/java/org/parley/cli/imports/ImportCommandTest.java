package org.parley.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ExitCodes;
import org.parley.cli.claims.LedgerCliFixture;

class ImportCommandTest {
  @TempDir Path dir;

  @Test
  void reportsInvalidLinesByFileAndLineAndRecordsTheRest() throws Exception {
    Path file = dir.resolve("claims.jsonl");
    Files.writeString(
        file,
        """
        {"schema":"parley.claim/1","doc":"d1","kind":"demand","holder":"RUS","provision":{"type":"ceasefire","polarity":"against"},"evidence":[{"start":0,"end":5}]}
        {"schema":"parley.claim/1","doc":"d2","kind":"wish"}
        """);

    LedgerCliFixture.Run r = run("import", "--db", dir.resolve("l.db").toString(), file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(r.err()).contains("claims.jsonl:2").contains("unknown claim kind");
    assertThat(r.out()).contains("1 documents: 1 claims recorded");
  }

  @Test
  void aMissingFileIsABadInput() {
    LedgerCliFixture.Run r =
        run("import", "--db", dir.resolve("l.db").toString(), dir.resolve("none.jsonl").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("none.jsonl: no such file");
  }
}
