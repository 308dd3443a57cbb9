package org.parley.cli.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.cli.claims.LedgerCliFixture;

/**
 * A ledger for the answer commands' tests: the claims of {@code talks.jsonl} (short articles
 * written for the tests, restating 2024–2025 positions and control figures) imported with {@code
 * parley import}.
 */
public final class AnswerFixture {
  private AnswerFixture() {}

  /** Imports the fixture claims into a new ledger at {@code dir/ledger.db}; returns its path. */
  public static String ledger(Path dir) {
    Path claims = dir.resolve("talks.jsonl");
    try (InputStream in = AnswerFixture.class.getResourceAsStream("talks.jsonl")) {
      Files.write(claims, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String db = dir.resolve("ledger.db").toString();
    LedgerCliFixture.Run r = LedgerCliFixture.run("import", claims.toString(), "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    return db;
  }
}
