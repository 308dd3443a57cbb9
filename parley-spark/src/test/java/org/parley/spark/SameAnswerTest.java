package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.contract.batch.BatchLayout;
import org.parley.contract.batch.BatchReader;
import org.parley.spark.extract.Extractors;

/**
 * The job on {@code local[2]} gives what one machine gives on a corpus in every format: the claims
 * {@code parley extract} prints (same bytes), the duplicates {@code parley read} links, the same
 * reading summary and the same reports of bad input; and its Parquet copies hold the same rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameAnswerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Batches.Compared run;

  @BeforeAll
  void runBoth() throws IOException {
    run = Batches.mixed();
  }

  @Test
  void claimsAreTheBytesParleyExtractPrints() {
    String job = Batches.text(run.batch().resolve(BatchLayout.CLAIMS));
    assertThat(run.extract().out().lines()).hasSizeGreaterThan(100);
    assertThat(job).isEqualTo(run.extract().out());
    assertThat(Batches.byDocumentAndSpan(job.lines().toList()))
        .isEqualTo(Batches.byDocumentAndSpan(run.extract().out().lines().toList()));
    // every format gave claims: seed text, CSV, the WARC's pages, JSONL
    assertThat(job)
        .contains("\"doc\":\"01_draft_treaties\"")
        .contains("\"doc\":\"17_alaska_summit\"")
        .contains("\"doc\":\"https://parley.invalid/samples/04_peace_formula\"")
        .contains("\"doc\":\"readout-20220228-putin-macron\"");
  }

  @Test
  void duplicatesAreTheOnesParleyReadLinks() throws IOException {
    List<String> cli =
        run.read()
            .out()
            .lines()
            .map(SameAnswerTest::tree)
            .filter(n -> n.path("kind").asText().equals("duplicate"))
            .map(
                n ->
                    link(
                        n.path("id"),
                        n.path("duplicate_of"),
                        n.path("exact"),
                        n.path("similarity")))
            .toList();
    List<String> job =
        Batches.lines(run.batch().resolve(BatchLayout.DUPLICATES)).stream()
            .map(SameAnswerTest::tree)
            .map(
                n ->
                    link(n.path("doc"), n.path("canonical"), n.path("exact"), n.path("similarity")))
            .toList();
    assertThat(job).isEqualTo(cli);
    assertThat(job)
        .contains("07_again -> 07_putin_conditions_june_2024 exact 1.000")
        .anyMatch(l -> l.startsWith("wire-memoranda -> 14_istanbul_memoranda_june_2025 near"));
  }

  @Test
  void theReadingSummaryIsTheOneParleyExtractPrints() {
    String last = run.extract().err().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).endsWith(run.summary().reading().describe());
    assertThat(run.summary().reading().describe())
        .contains("1 exact (1 groups), 1 near (1 groups)")
        .contains("malformed_record 1")
        .contains("not_english 1")
        .contains("warnings 1");
    assertThat(run.summary().extracted()).isEqualTo(run.summary().reading().read());
  }

  @Test
  void badInputIsReportedAsParleyExtractReportsIt() {
    List<String> cli =
        run.extract()
            .err()
            .lines()
            .filter(l -> l.startsWith("parley extract: "))
            .map(l -> l.substring("parley extract: ".length()))
            .filter(
                l -> l.startsWith("error: ") || l.startsWith("warning: ") || l.startsWith("info: "))
            .sorted()
            .toList();
    List<String> job =
        Batches.lines(run.batch().resolve(BatchLayout.DIAGNOSTICS)).stream()
            .map(SameAnswerTest::tree)
            .map(
                n ->
                    n.path("severity").asText()
                        + ": "
                        + n.path("where").asText()
                        + ": "
                        + n.path("problem").asText())
            .sorted()
            .toList();
    assertThat(job).isEqualTo(cli);
    assertThat(job)
        .anyMatch(l -> l.startsWith("error: ") && l.contains("d_wire.jsonl:4"))
        .anyMatch(l -> l.contains("latin1.txt"))
        .anyMatch(l -> l.contains("f_empty") && l.contains("the folder holds no files"))
        .anyMatch(l -> l.contains("is already the id of an earlier, different document"));
  }

  @Test
  void parquetHoldsTheSameClaimsAndDocumentsByReportedMonth() {
    Path parquet = run.batch().resolve(BatchLayout.PARQUET_CLAIMS);
    Dataset<Row> claims = LocalSpark.session().read().parquet(parquet.toString());
    List<String> fromParquet =
        claims.select("claim").collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
    List<String> fromJsonl =
        Batches.lines(run.batch().resolve(BatchLayout.CLAIMS)).stream().sorted().toList();
    assertThat(fromParquet).isEqualTo(fromJsonl);
    for (Row r : claims.select("reported", BatchLayout.PARTITION).collectAsList()) {
      String month =
          r.isNullAt(0) ? BatchLayout.UNKNOWN_MONTH : r.getDate(0).toString().substring(0, 7);
      assertThat(r.getString(1)).isEqualTo(month);
    }
    long documents =
        LocalSpark.session()
            .read()
            .parquet(run.batch().resolve(BatchLayout.PARQUET_DOCUMENTS).toString())
            .count();
    assertThat(documents).isEqualTo(run.summary().extracted());
  }

  @Test
  void theExtractorIsLoadedOncePerExecutorJvmNotPerPartitionOrRecord() {
    // eight partitions, dozens of documents, several jobs in this JVM: one load
    assertThat(Extractors.loadsInThisJvm()).isEqualTo(1);
    assertThat(run.summary().extractorLoads()).isLessThanOrEqualTo(1);
  }

  @Test
  void theBatchIsCompleteAndNamesItsExtractor() {
    assertThat(BatchReader.isBatch(run.batch())).isTrue();
    assertThat(run.summary().extractor()).startsWith("parley-extract/");
    assertThat(Batches.lines(run.batch().resolve(BatchLayout.DOCUMENTS)))
        .hasSize((int) run.summary().extracted());
  }

  private static JsonNode tree(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException(line, e);
    }
  }

  private static String link(
      JsonNode doc, JsonNode canonical, JsonNode exact, JsonNode similarity) {
    return String.format(
        Locale.ROOT,
        "%s -> %s %s %.3f",
        doc.asText(),
        canonical.asText(),
        exact.asBoolean() ? "exact" : "near",
        similarity.asDouble());
  }
}
