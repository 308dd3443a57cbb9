package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.extract.learn.Classifier;
import org.parley.extract.learn.Example;
import org.parley.extract.learn.Learned;
import org.parley.extract.learn.ModelSet;
import org.parley.kb.KnowledgeBase;
import org.parley.language.coref.Referent;
import org.parley.language.cue.AttributionSummary;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.language.text.Sentence;
import org.parley.language.time.TimeExpression;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.PartialDate;
import org.parley.model.Provenance;
import org.parley.model.Span;
import org.parley.model.Statement;

/**
 * Statements: quotations with the speaker the language layer found ({@link StatementCandidates}).
 * Whether a quotation bears on the war is the statement model's decision (its probability is the
 * statement's confidence); without a model, and for an unnamed source that speaks for no party
 * (which the gold holds too few of to learn), the rules keep a quotation whose speaker speaks for a
 * party or is an unnamed official, used as speech rather than as a term (and, for such a source,
 * not for a body the knowledge base lacks: "a spokesperson for Shell"). A document not about the
 * conflict keeps only its office head's own words. An unattributed quotation is never given a
 * guessed speaker. The valid time is the time of the saying ("said on Wednesday"), not a time
 * inside the quote. Stateless.
 */
public final class StatementFinder implements ClaimStage, Learned {
  /** The statement model: "statement" or "none" for a quotation with a speaker. */
  public static final String MODEL = "statement";

  /** The model-set parameter: the probability a quotation needs to be kept as a statement. */
  public static final String THRESHOLD = "statement.threshold";

  private static final String YES = "statement";
  private static final String NONE = "none";
  private static final double RULE_CONFIDENCE = 0.85;

  private final @Nullable Classifier model;
  private final double threshold;
  private final StatementCandidates candidates;
  private final StatementFeatures features;
  private final ProvenanceResolver provenance = new ProvenanceResolver();

  /** Statements decided by {@code models}' statement model at {@code threshold}, else by rules. */
  public StatementFinder(KnowledgeBase kb, ModelSet models, double threshold) {
    this.model = models.classifier(MODEL).orElse(null);
    this.threshold = threshold;
    this.candidates = new StatementCandidates(kb);
    this.features = new StatementFeatures(kb, TopicLexicon.bundled());
  }

  @Override
  public List<Claim> find(DocContext ctx) {
    List<Statement> out = new ArrayList<>();
    SpeakerMentions mentions = SpeakerMentions.of(ctx);
    for (Scored s : scored(ctx, mentions, model != null)) {
      Optional<Double> p = decide(s);
      if (p.isPresent()) {
        out.add(statement(ctx, mentions, s.candidate(), p.get()));
      }
    }
    return List.copyOf(RepeatedQuotes.merged(out));
  }

  @Override
  public Map<String, List<Example>> examples(DocContext ctx, List<Claim> gold) {
    GoldStatements labels = GoldStatements.of(gold);
    List<Example> out = new ArrayList<>();
    SpeakerMentions mentions = SpeakerMentions.of(ctx);
    for (Scored s : scored(ctx, mentions, true)) {
      Referent r = s.candidate().speaker().referent();
      String agent = SpeakerSource.agent(ctx, mentions, s.candidate().speaker());
      boolean yes = labels.contains(r.holder(), agent, s.candidate().quote());
      out.add(new Example(yes ? YES : NONE, s.features()));
    }
    return Map.of(MODEL, out);
  }

  private Optional<Double> decide(Scored s) {
    Classifier m = model;
    if (m == null) {
      return s.candidate().strict() ? Optional.of(RULE_CONFIDENCE) : Optional.empty();
    }
    if (isPartylessSource(s.candidate())) {
      boolean keep = s.candidate().strict() && !s.candidate().forUnknownBody();
      return keep ? Optional.of(RULE_CONFIDENCE) : Optional.empty();
    }
    double[] probs = m.probabilities(s.features());
    double p = probs[m.outcomes().indexOf(YES)];
    return p >= threshold ? Optional.of(p) : Optional.empty();
  }

  /**
   * Whether the speaker is an unnamed source that speaks for no party ("a western official", "the
   * official added"): the gold holds next to none of them, so the model cannot learn them and the
   * rules decide.
   */
  private static boolean isPartylessSource(StatementCandidate c) {
    Referent r = c.speaker().referent();
    return r.holder() == null && !r.named();
  }

  /** The candidates a document allows, each with its features when {@code withFeatures}. */
  private List<Scored> scored(DocContext ctx, SpeakerMentions mentions, boolean withFeatures) {
    // a document not about the conflict keeps only its office head's own words on it
    boolean about = DocumentRelevance.isAboutTheConflict(ctx);
    ActorId onlyFrom = null;
    if (!about) {
      Optional<ActorId> principal = DocumentRelevance.principalOnTheConflict(ctx);
      if (principal.isEmpty()) {
        return List.of();
      }
      onlyFrom = principal.get();
    }
    List<StatementCandidate> allowed = new ArrayList<>();
    for (StatementCandidate c : candidates.of(ctx, mentions)) {
      if (onlyFrom == null || onlyFrom.equals(c.speaker().referent().person())) {
        allowed.add(c);
      }
    }
    List<List<String>> featured =
        withFeatures && !allowed.isEmpty() ? features.of(ctx, mentions, allowed, about) : List.of();
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < allowed.size(); i++) {
      out.add(new Scored(allowed.get(i), featured.isEmpty() ? List.of() : featured.get(i)));
    }
    return out;
  }

  private Statement statement(
      DocContext ctx, SpeakerMentions mentions, StatementCandidate c, double confidence) {
    Quotation q = c.whole();
    Speaker.Known k = c.speaker();
    List<Span> evidence = evidence(ctx, q, k);
    Span anchor = q.span().union(k.mention());
    Provenance p =
        SpeakerSource.of(
            ctx,
            mentions,
            provenance.resolveAt(
                ctx, evidence, anchor, sayingTime(ctx, q, k), "statement.quotation", confidence),
            k);
    Referent r = k.referent();
    return new Statement(p, r.holder(), SpeakerSource.agent(ctx, mentions, k), c.quote());
  }

  private static List<Span> evidence(DocContext ctx, Quotation q, Speaker.Known k) {
    TreeSet<Span> spans = new TreeSet<>();
    for (Sentence s : ctx.analyzed().sentencesIn(q.span().union(k.mention()))) {
      spans.add(s.span());
    }
    if (spans.isEmpty()) {
      spans.add(q.span());
    }
    List<Span> merged = new ArrayList<>();
    Span run = null;
    for (Span s : spans) {
      if (run != null && s.start() - run.end() <= 2) {
        run = run.union(s);
      } else {
        if (run != null) {
          merged.add(run);
        }
        run = s;
      }
    }
    merged.add(run);
    return merged;
  }

  /** The time of the saying: a time in the quotation's sentences outside the quoted words. */
  private @Nullable PartialDate sayingTime(DocContext ctx, Quotation q, Speaker.Known k) {
    Span around = q.span().union(k.mention());
    List<TimeExpression> outside = new ArrayList<>();
    for (Sentence s : ctx.analyzed().sentencesIn(around)) {
      for (TimeExpression t : ctx.analyzed().timesIn(s.span())) {
        if (q.contents().stream().noneMatch(c -> c.contains(t.span()))) {
          outside.add(t);
        }
      }
    }
    Optional<TimeExpression> reporting =
        outside.stream().filter(TimeExpression::reporting).findFirst();
    if (reporting.isPresent()) {
      return reporting.get().value();
    }
    if (!outside.isEmpty()) {
      return outside.get(0).value();
    }
    AttributionSummary summary = ctx.analyzed().attributionFor(around);
    return provenance.readoutDate(ctx, summary);
  }

  /** A candidate with its features. */
  private record Scored(StatementCandidate candidate, List<String> features) {}
}
