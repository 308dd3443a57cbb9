package org.parley.contract.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.contract.ClaimWriter;
import org.parley.contract.DocumentJson;
import org.parley.contract.DocumentLine;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Statement;
import org.parley.testkit.ClaimFixture;
import org.parley.testkit.DocumentFixture;

class BatchReaderTest {
  @TempDir Path dir;

  private static Claim quote(String doc, String words) {
    return new Statement(ClaimFixture.provenance(doc, "2025-08"), ActorId.of("UKR"), null, words);
  }

  private static String doc(String id, int claims) {
    return new DocumentJson()
        .write(
            new DocumentLine(
                DocumentFixture.withText(id, "2025-08-21", "Text of " + id + "."),
                "wire.jsonl:" + id,
                claims));
  }

  private static String claim(String doc, String words) {
    return new ClaimWriter().write(quote(doc, words));
  }

  private void write(String folder, String part, String... lines) throws IOException {
    Files.createDirectories(dir.resolve(folder));
    Files.writeString(dir.resolve(folder).resolve(part), String.join("\n", lines) + "\n");
  }

  private void summary() throws IOException {
    Files.writeString(
        dir.resolve("summary.json"),
        "{\"schema\":\"parley.batch/1\",\"extractor\":\"parley-extract/test+kb/1\"}");
  }

  private List<BatchItem> readAll() throws IOException {
    List<BatchItem> out = new ArrayList<>();
    try (BatchReader reader = BatchReader.open(dir)) {
      assertThat(reader.extractor()).isEqualTo("parley-extract/test+kb/1");
      reader.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void pairsDocumentsWithTheirClaimsAcrossPartFilesInNumberOrder() throws IOException {
    write("documents", "part-00010-x.jsonl", doc("c", 1));
    write("documents", "part-00002-x.jsonl", doc("a", 2), doc("b", 0));
    write("claims", "part-00000-y.jsonl", claim("a", "one"));
    write("claims", "part-00001-y.jsonl", claim("a", "two"), claim("c", "three"));
    write("claims", "_SUCCESS", "");
    summary();

    assertThat(readAll())
        .extracting(
            i ->
                ((BatchItem.Entry) i).document().document().id().value()
                    + "="
                    + ((BatchItem.Entry) i).claims().size())
        .containsExactly("a=2", "b=0", "c=1");
  }

  @Test
  void aBadClaimSpoilsOnlyItsDocument() throws IOException {
    write("documents", "part-00000.jsonl", doc("a", 2), doc("b", 1));
    write("claims", "part-00000.jsonl", claim("a", "one"), "{broken", claim("b", "two"));
    summary();

    List<BatchItem> items = readAll();
    assertThat(items.get(0))
        .isInstanceOfSatisfying(
            BatchItem.Invalid.class,
            bad -> assertThat(bad.problem()).startsWith("document a: claims/part-00000.jsonl:2"));
    assertThat(items.get(1)).isInstanceOf(BatchItem.Entry.class);
  }

  @Test
  void aBadDocumentLineEndsTheReadingThereAndSaysSo() throws IOException {
    write(
        "documents",
        "part-00000.jsonl",
        doc("a", 0),
        "{\"schema\":\"parley.document/1\"}",
        doc("c", 0));
    write("claims", "part-00000.jsonl");
    summary();

    List<BatchItem> items = readAll();
    assertThat(items).hasSize(2);
    assertThat(((BatchItem.Invalid) items.get(1)).problem())
        .contains("'id' is missing", "read no further");
  }

  @Test
  void reportsClaimsLeftOverAndClaimsMissing() throws IOException {
    write("documents", "part-00000.jsonl", doc("a", 1));
    write("claims", "part-00000.jsonl", claim("a", "one"), claim("a", "two"));
    summary();
    assertThat(readAll().getLast())
        .isEqualTo(
            new BatchItem.Invalid(
                "claims/part-00000.jsonl:2", "claim lines are left over after the last document"));

    write("claims", "part-00000.jsonl");
    assertThat(readAll())
        .containsExactly(
            new BatchItem.Invalid(
                "documents/part-00000.jsonl:1",
                "the claim files end before the 1 claims of document a"));
  }

  @Test
  void aFolderWithoutItsSummaryIsNoBatch() throws IOException {
    write("documents", "part-00000.jsonl", doc("a", 0));
    assertThat(BatchReader.isBatch(dir)).isFalse();
    assertThatThrownBy(() -> BatchReader.open(dir))
        .hasMessageContaining("not a complete extraction batch");
  }
}
