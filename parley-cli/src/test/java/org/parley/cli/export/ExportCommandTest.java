package org.parley.cli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.claims.LedgerCliFixture.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.claims.LedgerCliFixture;

class ExportCommandTest {
  @TempDir Path dir;
  private String db;

  @BeforeEach
  void fill() {
    db = dir.resolve("ledger.db").toString();
    LedgerCliFixture.fill(Path.of(db));
  }

  @Test
  void jsonlReimportsIntoAnotherLedgerWithoutLoss() throws Exception {
    Path file = dir.resolve("out/claims.jsonl");
    assertThat(run("export", "--db", db, "--out", file.toString()).code()).isZero();
    String other = dir.resolve("other.db").toString();

    LedgerCliFixture.Run imported = run("import", "--db", other, file.toString());
    LedgerCliFixture.Run again = run("import", "--db", other, file.toString());

    assertThat(imported.code()).isZero();
    assertThat(imported.out()).contains("3 documents: 3 claims recorded");
    assertThat(again.out()).contains("0 claims recorded, 3 documents already recorded");
    Path back = dir.resolve("back.jsonl");
    run("export", "--db", other, "--out", back.toString());
    assertThat(Files.readString(back)).isEqualTo(Files.readString(file));
  }

  @Test
  void csvHasOneRowPerClaim() {
    LedgerCliFixture.Run r = run("export", "--db", db, "--format", "csv");

    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(4).first().asString().startsWith("entry,doc,kind,");
  }

  @Test
  void geojsonJoinsControlClaimsToTheBundledOblasts() throws Exception {
    LedgerCliFixture.Run r = run("export", "--db", db, "--format", "geojson");

    assertThat(r.code()).isZero();
    var root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("features")).hasSize(1);
    assertThat(root.at("/features/0/geometry/type").asText()).isIn("Polygon", "MultiPolygon");
    assertThat(root.at("/features/0/properties/regions/0").asText()).isEqualTo("UA-14");
  }

  @Test
  void aMissingBoundariesFileIsABadInput() {
    LedgerCliFixture.Run r =
        run(
            "export",
            "--db",
            db,
            "--format",
            "geojson",
            "--boundaries",
            dir.resolve("nope.geojson").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nope.geojson");
  }
}
