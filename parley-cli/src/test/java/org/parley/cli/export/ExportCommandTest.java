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
    assertThat(root.get("features")).hasSize(2);
    assertThat(root.at("/features/0/geometry/type").asText()).isIn("Polygon", "MultiPolygon");
    assertThat(root.at("/features/0/properties/regions/0").asText()).isEqualTo("UA-14");
  }

  @Test
  void geojsonGivesAMeetingThePointOfItsPlace() throws Exception {
    LedgerCliFixture.Run r = run("export", "--db", db, "--format", "geojson");
    LedgerCliFixture.Run control =
        run("export", "--db", db, "--format", "geojson", "--kind", "control");

    assertThat(r.code()).as(r.err()).isZero();
    var meeting = new ObjectMapper().readTree(r.out()).at("/features/1");
    assertThat(meeting.at("/geometry/type").asText()).isEqualTo("Point");
    assertThat(meeting.at("/geometry/coordinates/0").asDouble()).isEqualTo(-149.90);
    assertThat(meeting.at("/geometry/coordinates/1").asDouble()).isEqualTo(61.22);
    assertThat(meeting.at("/properties/place").asText()).isEqualTo("Anchorage");
    assertThat(r.err()).contains("2 claims as geojson").doesNotContain("left out");
    assertThat(new ObjectMapper().readTree(control.out()).get("features")).hasSize(1);
  }

  @Test
  void aMeetingWhosePlaceHasNoPointIsLeftOutAndCounted() throws Exception {
    Path jsonl = dir.resolve("claims.jsonl");
    run("export", "--db", db, "--out", jsonl.toString());
    Files.writeString(jsonl, Files.readString(jsonl).replace("Anchorage", "Moscow"));
    String other = dir.resolve("other.db").toString();
    assertThat(run("import", "--db", other, jsonl.toString()).code()).isZero();

    LedgerCliFixture.Run r = run("export", "--db", other, "--format", "geojson");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("features")).hasSize(1);
    assertThat(r.err())
        .contains("1 claim; 1 meeting left out: no known point for Moscow as geojson");
  }

  @Test
  void progressShowsClaimsPerSecondWhenAskedAndNotOtherwise() {
    java.io.PrintStream stderr = System.err;
    var bar = new java.io.ByteArrayOutputStream();
    LedgerCliFixture.Run shown;
    LedgerCliFixture.Run quiet;
    try {
      System.setErr(new java.io.PrintStream(bar, true, java.nio.charset.StandardCharsets.UTF_8));
      shown = run("export", "--db", db, "--format", "csv", "--progress");
      quiet = run("export", "--db", db, "--format", "csv");
    } finally {
      System.setErr(stderr);
    }

    assertThat(shown.code()).isZero();
    assertThat(quiet.code()).isZero();
    assertThat(bar.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("export")
        .contains("3 claims, ")
        .contains("claims/s");
    assertThat(quiet.err()).doesNotContain("claims/s");
    assertThat(shown.out().lines()).hasSize(4);
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

  @Test
  void parquetIsWrittenWithoutHadoopOnTheClassPath() throws Exception {
    Path claims = dir.resolve("claims.parquet");
    Path docs = dir.resolve("documents.parquet");

    LedgerCliFixture.Run c =
        run("export", "--db", db, "--format", "parquet", "-o", claims.toString());
    LedgerCliFixture.Run d =
        run(
            "export",
            "--db",
            db,
            "--table",
            "documents",
            "--format",
            "parquet",
            "-o",
            docs.toString());

    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.err()).contains("3 claims as parquet");
    assertThat(d.err()).contains("3 documents as parquet");
    byte[] head = java.nio.file.Files.readAllBytes(claims);
    assertThat(new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PAR1");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Class.forName("org.apache.hadoop.conf.Configuration"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(run("export", "--db", db, "--format", "parquet").err()).contains("give --out FILE");
  }

  @Test
  void documentsAndExcelCsv() {
    LedgerCliFixture.Run docs =
        run("export", "--db", db, "--table", "documents", "--format", "csv");
    LedgerCliFixture.Run excel = run("export", "--db", db, "--excel");

    assertThat(docs.out())
        .startsWith("id,date,outlet,url,title,chars")
        .contains("doc-demand,2025-08-21");
    assertThat(excel.out()).startsWith("\uFEFFentry,doc,kind");
  }

  @Test
  void geojsonGivesTheWholeCountryItsOutline() throws Exception {
    LedgerCliFixture.Run r = run("export", "--db", db, "--format", "geojson");

    assertThat(r.code()).as(r.err()).isZero();
    var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(root.get("features"))
        .allSatisfy(f -> assertThat(f.get("geometry").isNull()).isFalse());
  }
}
