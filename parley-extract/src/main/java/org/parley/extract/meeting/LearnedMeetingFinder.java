package org.parley.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.extract.claim.ClaimStage;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.extract.learn.Classifier;
import org.parley.extract.learn.Example;
import org.parley.extract.learn.Learned;
import org.parley.extract.learn.ModelSet;
import org.parley.kb.KnowledgeBase;
import org.parley.model.Claim;
import org.parley.model.Meeting;
import org.parley.model.Provenance;

/**
 * Meetings as a classifier decides them: every candidate passage (see {@link CandidateFinder}) is
 * classified as reporting a meeting that took place between its participants or not; a candidate is
 * kept when that probability reaches the threshold, and the probability is the meeting's
 * confidence. Passages that report the same meeting give one record. Without a model, {@link
 * HeldRule} decides. Stateless.
 */
public final class LearnedMeetingFinder implements ClaimStage, Learned {
  /** The model's name: held or none for a meeting candidate. */
  public static final String MODEL = "meeting";

  /** The model-set parameter that holds the probability a meeting needs to be kept. */
  public static final String THRESHOLD = "meeting.threshold";

  static final String HELD = "held";
  static final String NONE = "none";

  private final @Nullable Classifier model;
  private final double threshold;
  private final CandidateFinder finder;
  private final MeetingFeatures features;
  private final MeetingWords vocabulary;
  private final Theatre theatre;
  private final HeldRule rule = new HeldRule();
  private final MeetingMerger merger = new MeetingMerger();
  private final ProvenanceResolver provenance = new ProvenanceResolver();

  public LearnedMeetingFinder(KnowledgeBase kb, ModelSet models, double threshold) {
    this.vocabulary = MeetingWords.bundled();
    this.finder = new CandidateFinder(kb, vocabulary);
    this.theatre = new Theatre(kb);
    this.features = new MeetingFeatures(vocabulary, theatre);
    this.model = models.classifier(MODEL).orElse(null);
    this.threshold = threshold;
  }

  @Override
  public List<Claim> find(DocContext ctx) {
    List<Candidate> candidates = finder.find(ctx);
    MeetingFeatures.DocView doc = docView(ctx, candidates);
    List<MeetingMerger.Kept> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      double p = probability(ctx, doc, c);
      if (p >= threshold) {
        kept.add(new MeetingMerger.Kept(c, p));
      }
    }
    List<Claim> out = new ArrayList<>();
    for (MeetingMerger.Merged m : merger.merge(kept)) {
      out.add(claim(ctx, m));
    }
    return out;
  }

  @Override
  public Map<String, List<Example>> examples(DocContext ctx, List<Claim> gold) {
    List<Candidate> candidates = finder.find(ctx);
    MeetingFeatures.DocView doc = docView(ctx, candidates);
    GoldMeetings labels = GoldMeetings.of(gold);
    List<Example> out = new ArrayList<>();
    for (Candidate c : candidates) {
      switch (labels.label(c)) {
        case HELD -> out.add(new Example(HELD, features.of(ctx, doc, c)));
        case NONE -> out.add(new Example(NONE, features.of(ctx, doc, c)));
        case UNSURE -> {}
      }
    }
    return Map.of(MODEL, out);
  }

  /** What the features read of the whole document (only read when it has candidates). */
  private MeetingFeatures.DocView docView(DocContext ctx, List<Candidate> candidates) {
    return candidates.isEmpty()
        ? MeetingFeatures.DocView.empty()
        : MeetingFeatures.DocView.of(ctx, vocabulary, theatre);
  }

  private double probability(DocContext ctx, MeetingFeatures.DocView doc, Candidate c) {
    Classifier m = model;
    if (m == null) {
      return rule.isHeld(ctx, c) ? HeldRule.CONFIDENCE : 0.0;
    }
    return m.probability(features.of(ctx, doc, c), HELD);
  }

  private Meeting claim(DocContext ctx, MeetingMerger.Merged m) {
    Candidate first = m.first();
    String kind = first.trigger() == null ? "title" : first.trigger().kind().code();
    double confidence = Math.round(m.probability() * 1000) / 1000.0;
    Provenance p =
        provenance.resolveAt(
            ctx, m.evidence(), first.anchor(), m.date(), "meeting." + kind, confidence);
    return new Meeting(p, m.participants(), first.isCall() ? null : m.place());
  }
}
