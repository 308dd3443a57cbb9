package org.parley.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.dedup.Deduplicator;
import org.parley.ingest.dedup.Verdict;
import org.parley.ingest.language.LanguageCheck;
import org.parley.ingest.language.LanguageVerdict;
import org.parley.ingest.source.SkipReason;
import org.parley.ingest.source.SourceItem;
import org.parley.model.Diagnostic;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/**
 * Decides what each item a reader found becomes: a failed item is skipped; a document is skipped
 * when the run requires a date it lacks, is a duplicate when its body copies an earlier document
 * exactly, is skipped when it is not in English, is a duplicate when it nearly copies an earlier
 * document, and is read otherwise. Exact copies are caught before the language check, which costs
 * more. Not thread-safe: it remembers what it has seen.
 */
final class Admission {
  private static final int LANGUAGE_SAMPLE_CHARS = 1000;

  private final IngestOptions options;
  private final Deduplicator dedup;
  private final @Nullable LanguageCheck language;
  private final Set<DocumentId> readIds = new HashSet<>();

  Admission(IngestOptions options) {
    this.options = options;
    this.dedup = new Deduplicator(options.nearDuplicateThreshold());
    this.language = options.englishOnly() ? LanguageCheck.shared() : null;
  }

  IngestEvent admit(SourceItem item) {
    return switch (item) {
      case SourceItem.Failed f -> new IngestEvent.Skipped(f.where(), f.reason(), f.detail());
      case SourceItem.Parsed p -> admit(p.document(), p.where(), p.notes());
    };
  }

  private IngestEvent admit(Document doc, String where, List<Diagnostic> notes) {
    if (options.requireDate() && doc.date() == null) {
      return new IngestEvent.Skipped(where, SkipReason.NO_DATE, dateProblem(notes));
    }
    if (dedup.exactCopy(doc) instanceof Verdict.Copy copy) {
      return duplicate(doc, where, copy);
    }
    if (language != null
        && language.check(languageSample(doc)) instanceof LanguageVerdict.Other other) {
      return new IngestEvent.Skipped(
          where,
          SkipReason.NOT_ENGLISH,
          "document %s reads as '%s' (confidence %.2f), not English"
              .formatted(doc.id(), other.language(), other.confidence()));
    }
    return switch (dedup.nearCopy(doc)) {
      case Verdict.Copy copy -> duplicate(doc, where, copy);
      case Verdict.Unseen unseen ->
          new IngestEvent.Read(doc, where, withIdCheck(doc, where, notes));
    };
  }

  private static IngestEvent duplicate(Document doc, String where, Verdict.Copy copy) {
    return new IngestEvent.Duplicate(doc, where, copy.canonical(), copy.exact(), copy.similarity());
  }

  private List<Diagnostic> withIdCheck(Document doc, String where, List<Diagnostic> notes) {
    if (readIds.add(doc.id())) {
      return notes;
    }
    List<Diagnostic> more = new ArrayList<>(notes);
    more.add(
        Diagnostic.warning(
            where,
            "id %s is already the id of an earlier, different document".formatted(doc.id())));
    return more;
  }

  private static String languageSample(Document doc) {
    int end = Math.min(doc.body().end(), doc.body().start() + LANGUAGE_SAMPLE_CHARS);
    String body = doc.text().substring(doc.body().start(), end);
    return doc.title() == null ? body : doc.title() + "\n\n" + body;
  }

  private static String dateProblem(List<Diagnostic> notes) {
    return notes.isEmpty() ? "no usable date" : notes.getFirst().problem();
  }
}
