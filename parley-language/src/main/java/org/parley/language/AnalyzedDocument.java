package org.parley.language;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.language.coref.Anaphor;
import org.parley.language.coref.Coreference;
import org.parley.language.coref.Referent;
import org.parley.language.cue.AttributionCue;
import org.parley.language.cue.AttributionSummary;
import org.parley.language.internal.SpanIndex;
import org.parley.language.mention.Mention;
import org.parley.language.quote.Quotation;
import org.parley.language.text.AlignedText;
import org.parley.language.text.Paragraph;
import org.parley.language.text.PartOfSpeechTagger;
import org.parley.language.text.Sentence;
import org.parley.language.text.SentencedText;
import org.parley.language.text.Token;
import org.parley.language.time.TimeExpression;
import org.parley.language.trigger.TriggerSelection;
import org.parley.model.Document;
import org.parley.model.Span;

/**
 * One document as the language layer read it. Every span is in original coordinates, into {@code
 * document().text()}. Everything but tokens is computed by {@link LanguageLayer#analyze}; tokens
 * are tagged on first request for a sentence and cached. Safe to share between threads.
 */
public final class AnalyzedDocument {
  private final Document document;
  private final SentencedText text;
  private final List<Mention> mentions;
  private final Coreference coreference;
  private final List<Quotation> quotations;
  private final List<TimeExpression> times;
  private final List<AttributionCue> cues;
  private final TriggerSelection triggers;
  private final PartOfSpeechTagger tagger;
  private final ConcurrentHashMap<Integer, List<Token>> tokens = new ConcurrentHashMap<>();
  private final SpanIndex<Sentence> sentenceIndex;
  private final SpanIndex<Mention> mentionIndex;
  private final SpanIndex<Quotation> quotationIndex;
  private final SpanIndex<TimeExpression> timeIndex;
  private final SpanIndex<AttributionCue> scopeIndex;

  AnalyzedDocument(
      Document document,
      SentencedText text,
      List<Mention> mentions,
      Coreference coreference,
      List<Quotation> quotations,
      List<TimeExpression> times,
      List<AttributionCue> cues,
      TriggerSelection triggers,
      PartOfSpeechTagger tagger) {
    this.document = document;
    this.text = text;
    this.mentions = List.copyOf(mentions);
    this.coreference = coreference;
    this.quotations = List.copyOf(quotations);
    this.times = List.copyOf(times);
    this.cues = List.copyOf(cues);
    this.triggers = triggers;
    this.tagger = tagger;
    this.sentenceIndex = new SpanIndex<>(text.sentences(), Sentence::span);
    this.mentionIndex = new SpanIndex<>(this.mentions, Mention::span);
    this.quotationIndex = new SpanIndex<>(this.quotations, Quotation::span);
    this.timeIndex = new SpanIndex<>(this.times, TimeExpression::span);
    this.scopeIndex = new SpanIndex<>(this.cues, AttributionCue::scope);
  }

  public Document document() {
    return document;
  }

  /** The normalised body with its alignment to the original text. */
  public AlignedText aligned() {
    return text.aligned();
  }

  /** The sentence structure (for stages that work on normalised offsets). */
  public SentencedText sentencedText() {
    return text;
  }

  /** The original characters of {@code span}. */
  public String text(Span span) {
    return span.of(document.text());
  }

  public List<Paragraph> paragraphs() {
    return text.paragraphs();
  }

  public List<Sentence> sentences() {
    return text.sentences();
  }

  /** The sentence holding original offset {@code offset}, if any. */
  public Optional<Sentence> sentenceAt(int offset) {
    if (offset < 0 || offset == Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return sentenceIndex.overlapping(new Span(offset, offset + 1)).stream().findFirst();
  }

  /** The sentences overlapping {@code span}, in order. */
  public List<Sentence> sentencesIn(Span span) {
    return sentenceIndex.overlapping(span);
  }

  /** All mentions, in document order (group region mentions hold their members). */
  public List<Mention> mentions() {
    return mentions;
  }

  /** The mentions inside {@code span}. */
  public List<Mention> mentionsIn(Span span) {
    return mentionIndex.within(span);
  }

  public Coreference coreference() {
    return coreference;
  }

  /** Pronouns and descriptions with their resolutions, in document order. */
  public List<Anaphor> anaphors() {
    return coreference.anaphors();
  }

  /** Who a mention stands for (through coreference for a description). */
  public Optional<Referent> referentOf(Mention mention) {
    return coreference.referentOf(mention);
  }

  /** All quotations, in document order, with their speakers. */
  public List<Quotation> quotations() {
    return quotations;
  }

  /** The quotations overlapping {@code span}. */
  public List<Quotation> quotationsIn(Span span) {
    return quotationIndex.overlapping(span);
  }

  /** All resolved time expressions, in document order. */
  public List<TimeExpression> times() {
    return times;
  }

  /** The time expressions inside {@code span}. */
  public List<TimeExpression> timesIn(Span span) {
    return timeIndex.within(span);
  }

  /**
   * The time that applies to {@code span}: among the expressions of the sentences it overlaps, one
   * inside the span if any (the first), else the nearest to it; expressions attached to a reporting
   * verb ("said on Wednesday") only when there is no other. Empty when the text gives none.
   */
  public Optional<TimeExpression> timeFor(Span span) {
    List<Sentence> in = sentencesIn(span);
    if (in.isEmpty()) {
      return Optional.empty();
    }
    Span area = in.get(0).span().union(in.get(in.size() - 1).span());
    List<TimeExpression> candidates = timesIn(area);
    List<TimeExpression> events = candidates.stream().filter(t -> !t.reporting()).toList();
    List<TimeExpression> pool = events.isEmpty() ? candidates : events;
    return pool.stream()
        .min(
            Comparator.comparingInt((TimeExpression t) -> distance(t.span(), span))
                .thenComparingInt(t -> t.span().start()));
  }

  /** All attribution cues, in document order. */
  public List<AttributionCue> cues() {
    return cues;
  }

  /** The cues whose scope overlaps {@code span}. */
  public List<AttributionCue> cuesGoverning(Span span) {
    return scopeIndex.overlapping(span);
  }

  /** The status and attribution chain that the cues governing {@code span} give it. */
  public AttributionSummary attributionFor(Span span) {
    return AttributionSummary.of(cuesGoverning(span));
  }

  /** The pre-pass selection of sentences that could hold a claim. */
  public TriggerSelection triggers() {
    return triggers;
  }

  /** Whether the pre-pass selected {@code sentence}. */
  public boolean isCandidate(Sentence sentence) {
    return triggers.isSelected(sentence.index());
  }

  /** The sentences the pre-pass selected, in order. */
  public List<Sentence> candidateSentences() {
    return sentences().stream().filter(this::isCandidate).toList();
  }

  /** Tokens with part-of-speech tags and lemmas of {@code sentence}; tagged on first request. */
  public List<Token> tokens(Sentence sentence) {
    return tokens.computeIfAbsent(sentence.index(), i -> tagger.tag(text, i));
  }

  private static int distance(Span a, Span b) {
    if (a.overlaps(b) || b.contains(a)) {
      return 0;
    }
    return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
  }
}
