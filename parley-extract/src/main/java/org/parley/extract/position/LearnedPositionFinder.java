package org.parley.extract.position;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.extract.claim.ClaimStage;
import org.parley.extract.claim.PositionFinder;
import org.parley.extract.claim.WarAimsFinder;
import org.parley.extract.context.DocContext;
import org.parley.extract.learn.Classifier;
import org.parley.extract.learn.Example;
import org.parley.extract.learn.Learned;
import org.parley.extract.learn.ModelSet;
import org.parley.extract.lexicon.ProvisionLexicon;
import org.parley.extract.lexicon.StanceLexicon;
import org.parley.model.Claim;
import org.parley.model.ClaimKind;
import org.parley.model.Position;
import org.parley.model.ProvisionType;

/**
 * Demands, offers and rejections as two classifiers decide them: the stance model classifies every
 * (party, provision) candidate of every sentence as a demand, an offer, a rejection or nothing; for
 * the generic candidate (a provision the lexicon has no words for) the provision model names the
 * type. A position is kept when its probability reaches the threshold; that probability is its
 * confidence. Without models the hand-written rules decide alone. Stateless.
 */
public final class LearnedPositionFinder implements ClaimStage, Learned {
  /** The stance model: none, demand, offer or rejection for a (party, provision) candidate. */
  public static final String STANCE = "position";

  /** The provision model: the type of a position the lexicon has no words for. */
  public static final String PROVISION = "provision";

  static final String NONE = "none";

  private final @Nullable Classifier stance;
  private final @Nullable Classifier provision;
  private final double threshold;
  private final PositionFinder rules;
  private final WarAimsFinder aims = new WarAimsFinder();
  private final StanceLexicon stances;
  private final ProvisionCandidates provisions;
  private final HolderCandidates holders = new HolderCandidates();
  private final PositionFeatures features = new PositionFeatures();
  private final TypeFeatures typeFeatures = new TypeFeatures();
  private final PositionClaims claims = new PositionClaims();

  public LearnedPositionFinder(
      StanceLexicon stances, ProvisionLexicon lexicon, ModelSet models, double threshold) {
    this.stances = stances;
    this.provisions = new ProvisionCandidates(lexicon);
    this.rules = new PositionFinder(stances, lexicon);
    this.stance = models.classifier(STANCE).orElse(null);
    this.provision = models.classifier(PROVISION).orElse(null);
    this.threshold = threshold;
  }

  @Override
  public List<Claim> find(DocContext ctx) {
    List<Position> ruled = ruled(ctx);
    Classifier model = stance;
    if (model == null) {
      return List.copyOf(ruled);
    }
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      for (Candidate c : candidates(ctx, i, ruled)) {
        decide(model, c).ifPresent(d -> out.add(claims.claim(ctx, c, d, ruled)));
      }
    }
    return out;
  }

  @Override
  public Map<String, List<Example>> examples(DocContext ctx, List<Claim> gold) {
    List<Position> ruled = ruled(ctx);
    GoldPositions labels = GoldPositions.of(ctx, gold);
    List<Example> stanceExamples = new ArrayList<>();
    List<Example> typeExamples = new ArrayList<>();
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      for (Candidate c : candidates(ctx, i, ruled)) {
        ProvisionCandidate p = c.provision();
        if (!p.generic()) {
          Optional<ClaimKind> kind = labels.kindOf(i, c.holder().holder(), p.type());
          stanceExamples.add(new Example(kind.map(ClaimKind::code).orElse(NONE), c.features()));
          continue;
        }
        List<GoldPositions.Stance> unnamed = labels.unnamed(i, c.holder().holder(), c.named());
        String outcome = unnamed.isEmpty() ? NONE : unnamed.get(0).kind().code();
        stanceExamples.add(new Example(outcome, c.features()));
        for (GoldPositions.Stance s : unnamed) {
          typeExamples.add(
              new Example(
                  s.type().code(), typeFeatures.of(c.sentence(), s.kind(), c.namedCandidates())));
        }
      }
    }
    return Map.of(STANCE, stanceExamples, PROVISION, typeExamples);
  }

  /** The candidates of sentence {@code i} with their features. */
  private List<Candidate> candidates(DocContext ctx, int i, List<Position> ruled) {
    List<HolderCandidate> hs = holders.of(ctx, i, ruled);
    if (hs.isEmpty()) {
      return List.of();
    }
    SentenceView view = SentenceView.of(ctx, i, stances);
    List<Position> here =
        ruled.stream()
            .filter(
                p ->
                    p.provenance().evidence().spans().stream()
                        .anyMatch(ctx.sentenceSpan(i)::overlaps))
            .toList();
    List<ProvisionCandidate> ps = provisions.of(ctx, i);
    List<Candidate> out = new ArrayList<>();
    for (ProvisionCandidate p : ps) {
      for (HolderCandidate h : hs) {
        out.add(new Candidate(view, h, p, ps, features.of(view, h, p, here)));
      }
    }
    return out;
  }

  private Optional<Decision> decide(Classifier model, Candidate c) {
    double[] probs = model.probabilities(c.features());
    List<String> outcomes = model.outcomes();
    int best = -1;
    for (int k = 0; k < probs.length; k++) {
      if (!outcomes.get(k).equals(NONE) && (best < 0 || probs[k] > probs[best])) {
        best = k;
      }
    }
    if (best < 0 || probs[best] < threshold) {
      return Optional.empty();
    }
    ClaimKind kind = ClaimKind.fromCode(outcomes.get(best));
    if (!c.provision().generic()) {
      return Optional.of(new Decision(kind, c.provision().type(), probs[best]));
    }
    return typed(c, kind, probs[best]);
  }

  /** The generic candidate's decision with its type named by the provision model. */
  private Optional<Decision> typed(Candidate c, ClaimKind kind, double p) {
    Classifier model = provision;
    if (model == null) {
      return Optional.empty();
    }
    double[] probs = model.probabilities(typeFeatures.of(c.sentence(), kind, c.namedCandidates()));
    Set<ProvisionType> named = c.named();
    int best = -1;
    for (int k = 0; k < probs.length; k++) {
      ProvisionType t = ProvisionType.fromCode(model.outcomes().get(k));
      if (!named.contains(t) && (best < 0 || probs[k] > probs[best])) {
        best = k;
      }
    }
    if (best < 0 || p * probs[best] < threshold) {
      return Optional.empty();
    }
    return Optional.of(
        new Decision(kind, ProvisionType.fromCode(model.outcomes().get(best)), p * probs[best]));
  }

  private List<Position> ruled(DocContext ctx) {
    List<Claim> found = new ArrayList<>(rules.find(ctx));
    found.addAll(aims.find(ctx));
    return WarAimsFinder.withoutRestated(found).stream()
        .filter(Position.class::isInstance)
        .map(Position.class::cast)
        .toList();
  }

  /** One (sentence, party, provision) candidate with its features and its sentence's provisions. */
  record Candidate(
      SentenceView sentence,
      HolderCandidate holder,
      ProvisionCandidate provision,
      List<ProvisionCandidate> namedCandidates,
      List<String> features) {

    /** The provision types the lexicon named in the sentence. */
    Set<ProvisionType> named() {
      Set<ProvisionType> out = EnumSet.noneOf(ProvisionType.class);
      namedCandidates.stream().filter(p -> !p.generic()).forEach(p -> out.add(p.type()));
      return out;
    }
  }

  /** What the classifiers decided for a candidate: the kind, the type and their probability. */
  record Decision(ClaimKind kind, ProvisionType type, double probability) {}
}
