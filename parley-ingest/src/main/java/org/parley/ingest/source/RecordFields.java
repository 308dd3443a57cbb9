package org.parley.ingest.source;

import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.text.MarkingUtf8;
import org.parley.model.Document;

/**
 * The attribute values of one corpus record (a JSON line, a CSV row), and the document they make.
 * The id is the record's id field, else its URL, else {@code fallbackId}; a record without text is
 * a {@link SkipReason#NO_TEXT} failure, one with bytes that were not UTF-8 an {@link
 * SkipReason#INVALID_UTF8} failure.
 */
record RecordFields(
    @Nullable String id,
    @Nullable String date,
    @Nullable String outlet,
    @Nullable String url,
    @Nullable String title,
    @Nullable String text) {

  SourceItem toItem(String where, String fallbackId, String textField, ReadSettings settings) {
    if (Stream.of(id, date, outlet, url, title, text)
        .anyMatch(v -> v != null && MarkingUtf8.isMarked(v))) {
      return new SourceItem.Failed(
          where, SkipReason.INVALID_UTF8, "the record holds invalid UTF-8");
    }
    if (text == null || text.isBlank()) {
      return new SourceItem.Failed(
          where, SkipReason.NO_TEXT, "the record has no text (field '%s')".formatted(textField));
    }
    Dating dating = Dating.of(date, settings, where);
    Document doc =
        Document.of(
            Ids.of(blankToNull(id) != null ? id : url, fallbackId),
            dating.date(),
            blankToNull(outlet) != null ? outlet : settings.outlet(),
            blankToNull(url),
            blankToNull(title),
            text);
    return new SourceItem.Parsed(doc, where, dating.notes());
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
