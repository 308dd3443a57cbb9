package org.parley.cli.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.claims.LedgerCliFixture;

class ReviewCommandTest {
  @TempDir Path dir;
  private String db;
  private String control;

  @BeforeEach
  void fill() {
    db = dir.resolve("ledger.db").toString();
    LedgerCliFixture.fill(Path.of(db));
    control =
        run("claims", "--db", db, "--kind", "control")
            .out()
            .lines()
            .skip(1)
            .findFirst()
            .orElseThrow()
            .split(" ")[0];
  }

  @Test
  void aRejectionNeedsAReasonAndThenLeavesEveryAnswer() {
    assertThat(run("review", control, "--db", db, "--reject").err())
        .contains("--reject needs --why");

    LedgerCliFixture.Run r =
        run(
            "review",
            control,
            "--db",
            db,
            "--reject",
            "--why",
            "the figure is Luhansk's",
            "--reviewer",
            "alice");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("entry " + control + " rejected by alice", "the figure is Luhansk's");
    assertThat(run("claims", "--db", db, "--kind", "control", "--json").out()).isEmpty();
    assertThat(run("claims", "--db", db, "--kind", "control", "--history").out())
        .contains("rejected");
    assertThat(run("export", "--db", db, "--format", "csv", "--history").out())
        .contains(",reject,alice,");
  }

  @Test
  void aCorrectionIsValidatedShownEverywhereAndListedInTheClaimsHistory() {
    assertThat(run("review", control, "--db", db, "--set", "share=2").err())
        .contains("share=2 makes an invalid claim");
    assertThat(run("review", control, "--db", db, "--set", "colour=red").err())
        .contains("'colour' is no field a review can set");

    LedgerCliFixture.Run r =
        run(
            "review",
            control,
            "--db",
            db,
            "--set",
            "share=0.7",
            "--set",
            "regions=UA-09",
            "--reviewer",
            "bob");

    assertThat(r.code()).isZero();
    assertThat(run("claims", "--db", db, "--region", "UA-09", "--kind", "control").out())
        .contains("about 70.0%", "corrected");
    assertThat(run("export", "--db", db, "--kind", "control").out())
        .contains("\"share\":0.7", "\"review\":{\"decision\":\"correct\",\"reviewer\":\"bob\"");
    assertThat(run("review", control, "--db", db).out())
        .contains("versions", "reviews:", "corrected (share=0.7; regions=UA-09) by bob");
  }

  @Test
  void anUnknownEntryIsABadInput() {
    LedgerCliFixture.Run r = run("review", "999", "--db", db, "--accept");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("entry 999 is not a current claim");
  }
}
