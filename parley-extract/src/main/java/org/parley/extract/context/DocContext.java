package org.parley.extract.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.parley.kb.PressOffice;
import org.parley.kb.Theatre;
import org.parley.language.AnalyzedDocument;
import org.parley.language.coref.Anaphor;
import org.parley.language.coref.Coreference;
import org.parley.language.coref.Referent;
import org.parley.language.mention.Mention;
import org.parley.language.quote.Quotation;
import org.parley.language.text.SentencedText;
import org.parley.language.text.Token;
import org.parley.model.Document;
import org.parley.model.Span;
import org.parley.model.limit.Deadline;

/**
 * One analysed document seen in normalised offsets: the body text the rules match against, its
 * sentences, its mentions placed at normalised offsets, and the way back to original spans for
 * evidence. Built once per document; immutable but for the sentences' words, read on first use.
 */
public final class DocContext {
  private final AnalyzedDocument analyzed;
  private final SentencedText sentenced;
  private final List<PlacedMention> mentions;
  private final List<PlacedReferent> pronouns;
  private final @Nullable PressOffice publisher;
  private final Deadline deadline;
  private final Theatre theatre;

  /** Each sentence's words, read on first use: several stages read the same sentences' words. */
  private final @Nullable SentenceWords[] words;

  /**
   * A document published by {@code publisher}, if not null, whose per-sentence checks ({@link
   * #mayHold}) throw {@link org.parley.model.limit.TimeBudgetExceeded} once {@code deadline}
   * passes: the stages' loops stop cooperatively, no thread is killed. {@code theatre} is the
   * knowledge base's conflict, which the stages read its sides and vocabulary from.
   */
  public DocContext(
      AnalyzedDocument analyzed,
      @Nullable PressOffice publisher,
      Deadline deadline,
      Theatre theatre) {
    this.analyzed = analyzed;
    this.publisher = publisher;
    this.deadline = deadline;
    this.theatre = theatre;
    this.sentenced = analyzed.sentencedText();
    this.words = new SentenceWords[sentenced.sentences().size()];
    List<PlacedMention> placed = new ArrayList<>();
    for (Mention m : analyzed.mentions()) {
      placed.add(
          new PlacedMention(
              sentenced.aligned().normStart(m.span()), sentenced.aligned().normEnd(m.span()), m));
    }
    placed.sort(Comparator.comparingInt(PlacedMention::start).thenComparingInt(PlacedMention::end));
    this.mentions = List.copyOf(placed);
    List<PlacedReferent> resolved = new ArrayList<>();
    for (Anaphor a : analyzed.anaphors()) {
      if (a.kind() == Anaphor.AnaphorKind.PRONOUN) {
        Coreference.referent(a)
            .ifPresent(
                r ->
                    resolved.add(
                        new PlacedReferent(
                            sentenced.aligned().normStart(a.span()),
                            sentenced.aligned().normEnd(a.span()),
                            r)));
      }
    }
    this.pronouns = List.copyOf(resolved);
  }

  /** The conflict of the knowledge base the document was analysed with: its sides and words. */
  public Theatre theatre() {
    return theatre;
  }

  /** The party's press office that published the document (kremlin.ru), if one did. */
  public Optional<PressOffice> publisher() {
    return Optional.ofNullable(publisher);
  }

  /** The resolved personal pronouns inside normalised [start, end), in text order. */
  public List<PlacedReferent> pronounsIn(int start, int end) {
    List<PlacedReferent> out = new ArrayList<>();
    for (int i = firstAtOrAfter(pronouns, PlacedReferent::start, start);
        i < pronouns.size() && pronouns.get(i).start() <= end;
        i++) {
      if (pronouns.get(i).end() <= end) {
        out.add(pronouns.get(i));
      }
    }
    return List.copyOf(out);
  }

  public AnalyzedDocument analyzed() {
    return analyzed;
  }

  public Document document() {
    return analyzed.document();
  }

  /** The normalised body text. */
  public String text() {
    return sentenced.text();
  }

  public int sentenceCount() {
    return sentenced.sentences().size();
  }

  public int sentenceStart(int i) {
    return sentenced.normStart(i);
  }

  public int sentenceEnd(int i) {
    return sentenced.normEnd(i);
  }

  /**
   * The words of sentence {@code i}, as {@link SentenceWords#of} reads its normalised text; read
   * once and kept (a race between threads reads them twice, to the same value).
   */
  public SentenceWords words(int i) {
    SentenceWords w = words[i];
    if (w == null) {
      w = SentenceWords.of(text(), sentenceStart(i), sentenceEnd(i));
      words[i] = w;
    }
    return w;
  }

  public int paragraphOf(int sentence) {
    return sentenced.paragraphOf(sentence);
  }

  /** Whether the trigger pre-pass selected sentence {@code i}. */
  public boolean isCandidate(int i) {
    return analyzed.isCandidate(sentenced.sentences().get(i));
  }

  /**
   * Whether sentence {@code i} may hold a claim of some rule: the language layer's pre-pass
   * selected it, or it contains one of {@code anchors} (lower-case words a rule starts from), so
   * that a rule whose trigger words the pre-pass lacks still sees its sentences. Every rule asks
   * this once per sentence, so it is also where the document's time budget is checked.
   */
  public boolean mayHold(int i, List<String> anchors) {
    deadline.check();
    if (isCandidate(i)) {
      return true;
    }
    String lower = sentenced.sentenceText(i).toLowerCase(java.util.Locale.ROOT);
    for (String a : anchors) {
      if (lower.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** The sentence holding normalised offset {@code n}. */
  public int sentenceAt(int n) {
    return Math.max(0, sentenced.sentenceAt(n));
  }

  /** The original span of normalised [start, end). */
  public Span original(int start, int end) {
    return sentenced.span(start, end);
  }

  /** The original span of sentence {@code i}. */
  public Span sentenceSpan(int i) {
    return sentenced.sentences().get(i).span();
  }

  /** The normalised start of an original span. */
  public int norm(Span span) {
    return sentenced.aligned().normStart(span);
  }

  /** The normalised end of an original span. */
  public int normEnd(Span span) {
    return sentenced.aligned().normEnd(span);
  }

  /** The mentions lying inside normalised [start, end), in text order. */
  public List<PlacedMention> mentionsIn(int start, int end) {
    List<PlacedMention> out = new ArrayList<>();
    for (int i = firstAtOrAfter(mentions, PlacedMention::start, start); i < mentions.size(); i++) {
      PlacedMention m = mentions.get(i);
      if (m.start() >= end) {
        break;
      }
      if (m.end() <= end) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The first index of {@code sorted} (in order of {@code start}) whose start is at least {@code
   * n}: lookups by binary search, so that per-sentence queries stay linear in a long document.
   */
  private static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<T> start, int n) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(sorted.get(mid)) < n) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Who a mention stands for, through coreference for pronouns and descriptions. */
  public Optional<Referent> referent(Mention mention) {
    return analyzed.referentOf(mention);
  }

  /** The quotation whose quoted words contain normalised offset {@code n}, if any. */
  public Optional<Quotation> quotationAt(int n) {
    Span at = original(n, n);
    // a quotation's span holds all its parts: only those around the point need a look
    for (Quotation q : analyzed.quotationsIn(new Span(at.start(), at.start() + 1))) {
      for (Span part : q.contents()) {
        if (part.start() <= at.start() && at.start() < part.end()) {
          return Optional.of(q);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The part-of-speech tag (UD: VERB, ADP, …) of the token just before normalised offset {@code n}
   * in its sentence, or the empty string at a sentence start. Tags the sentence on first use.
   */
  public String posBefore(int n) {
    int s = sentenceAt(n);
    int at = original(n, n).start();
    String tag = "";
    for (Token t : analyzed.tokens(sentenced.sentences().get(s))) {
      if (t.span().end() > at) {
        break;
      }
      tag = t.pos();
    }
    return tag;
  }

  /** The original text of a span. */
  public String originalText(Span span) {
    return span.of(document().text());
  }
}
