package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.source.SkipReason;
import org.parley.ingest.source.Source;
import org.parley.model.DocumentId;

class IngestTest {
  @TempDir Path dir;

  private static String describe(IngestEvent e) {
    return switch (e) {
      case IngestEvent.Read r -> "read " + r.document().id();
      case IngestEvent.Duplicate d ->
          (d.exact() ? "exact " : "near ") + d.document().id() + " of " + d.canonical();
      case IngestEvent.Skipped s -> "skipped " + s.reason();
    };
  }

  private List<IngestEvent> readAll(IngestOptions options, Path... paths) {
    List<Source> sources = Stream.of(paths).<Source>map(Source.Local::new).toList();
    try (IngestRun run = Ingest.open(sources, options)) {
      return run.stream().toList();
    }
  }

  @Test
  void readsAMixedFolderInOrderLinkingDuplicatesAndSkippingWhatItMust() {
    Articles.write(dir, "01_seed.txt", " date 2023-05-16 teaser\n\n" + Articles.TALKS);
    Articles.write(
        dir,
        "02_wire.jsonl",
        Articles.jsonLine("w1", "2023-05-16", "Talks", Articles.TALKS)
            + "\n"
            + Articles.jsonLine("w2", "2023-05-16", "Talks, edited", Articles.TALKS_EDITED)
            + "\n"
            + Articles.jsonLine("w3", "2023-05-16", "Gespräche", Articles.GERMAN)
            + "\n{broken\n"
            + Articles.jsonLine("w4", "2022-08-05", "Grain", Articles.GRAIN)
            + "\n");

    List<IngestEvent> events =
        readAll(IngestOptions.defaults().withNearDuplicateThreshold(0.7), dir);

    assertThat(events)
        .extracting(IngestTest::describe)
        .containsExactly(
            "read 01_seed",
            "exact w1 of 01_seed", // the seed's body is the same text without its header
            "near w2 of 01_seed",
            "skipped NOT_ENGLISH",
            "skipped MALFORMED_RECORD",
            "read w4");
  }

  @Test
  void summarisesWhatItRead() {
    Articles.write(
        dir,
        "c.jsonl",
        Articles.jsonLine("w1", "2023-05-16", "Talks", Articles.TALKS)
            + "\n"
            + Articles.jsonLine("w2", "2023-05-16", "Again", Articles.TALKS)
            + "\n"
            + Articles.jsonLine("w3", "2023-05-16", "Russian", Articles.RUSSIAN)
            + "\n[]\n"
            + Articles.jsonLine("w4", "not a date", "Grain", Articles.GRAIN)
            + "\n");
    try (IngestRun run = Ingest.open(dir.resolve("c.jsonl"), dir.resolve("missing.txt"))) {
      run.forEachRemaining(e -> {});
      IngestSummary summary = run.summary();

      assertThat(summary.read()).isEqualTo(2);
      assertThat(summary.exactDuplicates()).isEqualTo(1);
      assertThat(summary.exactGroups()).isEqualTo(1);
      assertThat(summary.skipped())
          .isEqualTo(
              Map.of(
                  SkipReason.NOT_ENGLISH, 1L,
                  SkipReason.MALFORMED_RECORD, 1L,
                  SkipReason.UNREADABLE, 1L));
      assertThat(summary.failures()).isEqualTo(2);
      assertThat(summary.warnings()).isEqualTo(1);
      assertThat(summary.describe())
          .isEqualTo(
              "read 2; duplicates: 1 exact (1 groups), 0 near (0 groups); skipped 3"
                  + " (unreadable 1, malformed_record 1, not_english 1); warnings 1");
      assertThat(run.bytesRead()).isPositive();
    }
  }

  @Test
  void aRunThatRequiresDatesSkipsDocumentsWithoutOne() {
    Path file = Articles.write(dir, "undated.txt", Articles.GRAIN);
    List<IngestEvent> events = readAll(IngestOptions.defaults().withRequireDate(true), file);
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            IngestEvent.Skipped.class,
            s -> {
              assertThat(s.reason()).isEqualTo(SkipReason.NO_DATE);
              assertThat(s.detail()).isEqualTo("no date; recorded as unknown");
            });

    List<IngestEvent> dated =
        readAll(
            IngestOptions.defaults().withRequireDate(true).withDate(LocalDate.of(2022, 8, 5)),
            file);
    assertThat(dated).singleElement().isInstanceOf(IngestEvent.Read.class);
  }

  @Test
  void keepsOtherLanguagesWhenAsked() {
    Path file = Articles.write(dir, "de.txt", Articles.GERMAN);
    assertThat(readAll(IngestOptions.defaults().withEnglishOnly(false), file))
        .singleElement()
        .isInstanceOf(IngestEvent.Read.class);
  }

  @Test
  void warnsWhenTwoDifferentDocumentsShareAnId() {
    Path a = Articles.write(dir, "a/same.txt", Articles.TALKS);
    Path b = Articles.write(dir, "b/same.txt", Articles.GRAIN);
    List<IngestEvent> events =
        readAll(IngestOptions.defaults().withDate(LocalDate.of(2023, 1, 1)), a, b);
    assertThat(((IngestEvent.Read) events.get(1)).notes())
        .singleElement()
        .satisfies(n -> assertThat(n.problem()).contains("id same is already the id"));
  }

  @Test
  void aSkipIsAnErrorDiagnosticUnlessItWasDeliberate() {
    IngestEvent.Skipped broken =
        new IngestEvent.Skipped("f.jsonl:3", SkipReason.MALFORMED_RECORD, "not JSON");
    IngestEvent.Skipped german =
        new IngestEvent.Skipped("f.jsonl:4", SkipReason.NOT_ENGLISH, "deu");
    assertThat(broken.diagnostic().toString()).isEqualTo("error: f.jsonl:3: not JSON");
    assertThat(german.diagnostic().toString()).isEqualTo("info: f.jsonl:4: not english: deu");
  }

  @Test
  void aDuplicateNamesItsCanonical() {
    assertThatThrownBy(() -> new IngestEvent.Duplicate(null, "x", new DocumentId("a"), true, 1.0))
        .isInstanceOf(NullPointerException.class);
  }
}
