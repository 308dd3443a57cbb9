package org.parley.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.dedup.Deduplicator;
import org.parley.ingest.dedup.Fingerprint;
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
 * more. What a decision needs of a document ({@link Facts}) can be computed apart, on other threads
 * or machines, and decided on later in reading order: a distributed reader does that. Not
 * thread-safe: it remembers what it has seen.
 */
public final class Admission {
  private static final int LANGUAGE_SAMPLE_CHARS = 1000;

  private final IngestOptions options;
  private final Deduplicator dedup;
  private final @Nullable LanguageCheck language;
  private final Set<DocumentId> readIds = new HashSet<>();

  /**
   * What admission needs of one document: its fingerprint, the LSH band keys of that fingerprint
   * (two documents that share no exact key and no band key cannot be duplicates of each other), and
   * its language verdict ({@link LanguageVerdict.English} when the run keeps every language).
   */
  public record Facts(Fingerprint fingerprint, long[] bandKeys, LanguageVerdict language) {
    public Facts {
      Objects.requireNonNull(fingerprint, "fingerprint");
      Objects.requireNonNull(language, "language");
      bandKeys = bandKeys.clone();
    }

    @Override
    public long[] bandKeys() {
      return bandKeys.clone();
    }
  }

  /** An admission for a run with {@code options}, having seen nothing yet. */
  public Admission(IngestOptions options) {
    this.options = options;
    this.dedup = new Deduplicator(options.nearDuplicateThreshold());
    this.language = options.englishOnly() ? LanguageCheck.shared() : null;
  }

  /** The event {@code item} becomes, in reading order: the sequential path. */
  IngestEvent admit(SourceItem item) {
    return switch (item) {
      case SourceItem.Failed f -> skipped(f);
      case SourceItem.Parsed p -> {
        Document doc = p.document();
        IngestEvent e =
            admit(doc, p.where(), p.notes(), dedup.fingerprint(doc), () -> languageOf(doc));
        yield e instanceof IngestEvent.Read r ? withIdCheck(r) : e;
      }
    };
  }

  /** What a failed item becomes: a skip, whatever was seen before. */
  public static IngestEvent.Skipped skipped(SourceItem.Failed f) {
    return new IngestEvent.Skipped(f.where(), f.reason(), f.detail());
  }

  /** The facts of {@code doc}; depends only on the document and the options. Stateless. */
  public Facts facts(Document doc) {
    Fingerprint fp = dedup.fingerprint(doc);
    return new Facts(fp, dedup.bandKeys(fp), languageOf(doc));
  }

  /**
   * The event {@code item} becomes, given facts computed before by {@link #facts} (here or by an
   * admission with the same options elsewhere). Called in reading order over the documents that can
   * interact (those sharing an exact key or a band key), it decides as the sequential path does,
   * except that it does not check ids: a distributed caller checks them over the whole corpus (see
   * {@link #idReused}).
   */
  public IngestEvent admit(SourceItem.Parsed item, Facts facts) {
    return admit(item.document(), item.where(), item.notes(), facts.fingerprint(), facts::language);
  }

  /** The warning on a document whose id an earlier, different document already has. */
  public static Diagnostic idReused(String where, DocumentId id) {
    return Diagnostic.warning(
        where, "id %s is already the id of an earlier, different document".formatted(id));
  }

  private IngestEvent admit(
      Document doc,
      String where,
      List<Diagnostic> notes,
      Fingerprint fp,
      Supplier<LanguageVerdict> verdict) {
    if (options.requireDate() && doc.date() == null) {
      return new IngestEvent.Skipped(where, SkipReason.NO_DATE, dateProblem(notes));
    }
    if (dedup.exactCopy(fp) instanceof Verdict.Copy copy) {
      return duplicate(doc, where, copy);
    }
    if (language != null && verdict.get() instanceof LanguageVerdict.Other other) {
      return new IngestEvent.Skipped(
          where,
          SkipReason.NOT_ENGLISH,
          "document %s reads as '%s' (confidence %.2f), not English"
              .formatted(doc.id(), other.language(), other.confidence()));
    }
    return switch (dedup.nearCopy(doc.id(), fp)) {
      case Verdict.Copy copy -> duplicate(doc, where, copy);
      case Verdict.Unseen unseen -> new IngestEvent.Read(doc, where, notes);
    };
  }

  private static IngestEvent duplicate(Document doc, String where, Verdict.Copy copy) {
    return new IngestEvent.Duplicate(doc, where, copy.canonical(), copy.exact(), copy.similarity());
  }

  private IngestEvent.Read withIdCheck(IngestEvent.Read r) {
    if (readIds.add(r.document().id())) {
      return r;
    }
    List<Diagnostic> more = new ArrayList<>(r.notes());
    more.add(idReused(r.where(), r.document().id()));
    return new IngestEvent.Read(r.document(), r.where(), more);
  }

  private LanguageVerdict languageOf(Document doc) {
    return language == null ? new LanguageVerdict.English() : language.check(languageSample(doc));
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
