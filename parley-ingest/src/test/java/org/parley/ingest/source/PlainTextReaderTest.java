package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Articles;
import org.parley.model.Diagnostic;

class PlainTextReaderTest {
  @TempDir Path dir;

  @Test
  void aTextWithoutADateHasAnUnknownDateAndAWarning() {
    Path file = Articles.write(dir, "grain.txt", Articles.GRAIN);
    SourceItem.Parsed parsed =
        Items.onlyParsed(Items.read(new PlainTextReader(ReadSettings.defaults()), file));

    assertThat(parsed.document().date()).isNull();
    assertThat(parsed.document().text()).isEqualTo(Articles.GRAIN);
    assertThat(parsed.document().id().value()).isEqualTo("grain");
    assertThat(parsed.notes())
        .extracting(Diagnostic::severity, Diagnostic::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Diagnostic.Severity.WARNING, "no date; recorded as unknown"));
  }

  @Test
  void takesTheDateAndOutletTheRunGives() {
    ReadSettings settings =
        new ReadSettings(FieldMapping.defaults(), LocalDate.of(2022, 8, 1), "Harbour Post");
    Path file = Articles.write(dir, "grain.txt", Articles.GRAIN);
    SourceItem.Parsed parsed = Items.onlyParsed(Items.read(new PlainTextReader(settings), file));

    assertThat(parsed.document().date()).isEqualTo(LocalDate.of(2022, 8, 1));
    assertThat(parsed.document().outlet()).isEqualTo("Harbour Post");
    assertThat(parsed.notes()).isEmpty();
  }

  @Test
  void anEmptyFileHasNoText() {
    Path file = Articles.write(dir, "empty.txt", " \n\n");
    assertThat(
            Items.onlyFailed(Items.read(new PlainTextReader(ReadSettings.defaults()), file))
                .reason())
        .isEqualTo(SkipReason.NO_TEXT);
  }
}
