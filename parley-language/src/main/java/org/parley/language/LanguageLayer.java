package org.parley.language;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Outlet;
import org.parley.kb.PressOffice;
import org.parley.language.coref.Coreference;
import org.parley.language.coref.CoreferenceResolver;
import org.parley.language.cue.AttributionCue;
import org.parley.language.cue.CueFinder;
import org.parley.language.mention.Mention;
import org.parley.language.mention.MentionFinder;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.QuoteFinder;
import org.parley.language.quote.SpeakerResolver;
import org.parley.language.text.OpenNlpModels;
import org.parley.language.text.PartOfSpeechTagger;
import org.parley.language.text.SentenceSplitter;
import org.parley.language.text.SentencedText;
import org.parley.language.text.TextNormalizer;
import org.parley.language.time.TimeExpression;
import org.parley.language.time.TimeFinder;
import org.parley.language.trigger.TriggerScanner;
import org.parley.language.trigger.TriggerSelection;
import org.parley.model.ActorId;
import org.parley.model.Document;
import org.parley.model.limit.Deadline;
import org.parley.model.limit.TimeBudgetExceeded;

/**
 * The language layer: composes the stages (normalise, split, find mentions, resolve coreference,
 * find quotations and their speakers, time expressions, attribution cues, and the trigger pre-pass)
 * into an {@link AnalyzedDocument}. Models and dictionaries are loaded once; an instance is
 * immutable and safe to share between threads.
 */
public final class LanguageLayer {
  private final TextNormalizer normalizer = new TextNormalizer();
  private final SentenceSplitter splitter;
  private final PartOfSpeechTagger tagger;
  private final MentionFinder mentions;
  private final CoreferenceResolver coreference;
  private final QuoteFinder quotes = new QuoteFinder();
  private final SpeakerResolver speakers = new SpeakerResolver();
  private final TimeFinder times = new TimeFinder();
  private final CueFinder cues = new CueFinder();
  private final TriggerScanner triggers = new TriggerScanner();
  private final KnowledgeBase kb;

  private LanguageLayer(KnowledgeBase kb, OpenNlpModels models) {
    this.kb = kb;
    this.splitter = new SentenceSplitter(models.sentences());
    this.tagger = new PartOfSpeechTagger(models);
    this.mentions = new MentionFinder(kb);
    this.coreference = new CoreferenceResolver(kb);
  }

  /** A layer over {@code kb} with OpenNLP's English models from the class path. */
  public static LanguageLayer load(KnowledgeBase kb) {
    return new LanguageLayer(Objects.requireNonNull(kb, "kb"), OpenNlpModels.fromClasspath());
  }

  /** A layer over the bundled knowledge base. */
  public static LanguageLayer loadDefault() {
    return load(KnowledgeBase.loadDefault());
  }

  /** The party whose press office published {@code document}, read from its outlet or URL. */
  private @Nullable ActorId house(Document document) {
    return kb.publisher(document.outlet(), document.url())
        .flatMap(Outlet::pressOffice)
        .map(PressOffice::party)
        .orElse(null);
  }

  /** Analyses the body of {@code document} (text outside {@link Document#body()} is ignored). */
  public AnalyzedDocument analyze(Document document) {
    return analyze(document, Deadline.none());
  }

  /**
   * Analyses the body of {@code document}, checking {@code deadline} between stages.
   *
   * @throws TimeBudgetExceeded when the deadline passes
   */
  public AnalyzedDocument analyze(Document document, Deadline deadline) {
    SentencedText text = splitter.split(normalizer.normalize(document));
    deadline.check();
    List<Mention> found = mentions.find(text);
    deadline.check();
    Coreference coref = coreference.resolve(text, found, house(document));
    deadline.check();
    List<Quotation> quoted = speakers.resolve(text, quotes.find(text), found, coref);
    deadline.check();
    List<TimeExpression> timed = times.find(text, document.date());
    List<AttributionCue> cued = cues.find(text, found, coref);
    TriggerSelection selected = triggers.scan(text, found);
    deadline.check();
    return new AnalyzedDocument(
        document, text, found, coref, quoted, timed, cued, selected, tagger);
  }
}
