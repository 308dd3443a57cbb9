package org.parley.extract.position;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.parley.extract.claim.ClaimStage;
import org.parley.extract.claim.PositionFinder;
import org.parley.extract.claim.StanceContexts;
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
import org.parley.model.Span;

/**
 * Demands, offers and rejections as three classifiers decide them: the stance model classifies each
 * (sentence, provision) candidate as a demand, an offer, a rejection or nothing; for the generic
 * candidate (a provision the lexicon has no words for) the provision model names the type; the
 * holder model picks, among the parties that may voice it, those that do. A position is kept when
 * the stance and type probabilities reach the threshold; with the holder's probability they make
 * its confidence. Without models the hand-written rules ({@link PositionFinder}, {@link
 * WarAimsFinder}) decide instead. Stateless.
 */
public final class LearnedPositionFinder implements ClaimStage, Learned {
  /** The stance model: none, demand, offer or rejection for a (sentence, provision) candidate. */
  public static final String STANCE = "position";

  /** The provision model: the type of a position the lexicon has no words for. */
  public static final String PROVISION = "provision";

  /** The holder model: whether a candidate party holds a sentence's stance. */
  public static final String HOLDER = "holder";

  /** The model-set parameter holding the probability a position needs to be kept. */
  public static final String THRESHOLD = "position.threshold";

  /**
   * The model-set parameter saying whether the hand-written rules' positions join the models' (1)
   * or not (0).
   */
  public static final String WITH_RULES = "position.rules";

  static final String NONE = "none";
  static final String YES = "yes";
  static final String NO = "no";

  private final @Nullable Classifier stance;
  private final @Nullable Classifier provision;
  private final @Nullable Classifier holder;
  private final double threshold;
  private final boolean withRules;
  private final PositionFinder rules;
  private final WarAimsFinder aims = new WarAimsFinder();
  private final StanceWords words = StanceWords.bundled();
  private final PositionCandidates candidates;
  private final PositionFeatures features = new PositionFeatures(words);
  private final TypeFeatures typeFeatures = new TypeFeatures();
  private final PositionClaims claims = new PositionClaims(words);
  private final PositionMerger merger = new PositionMerger();

  public LearnedPositionFinder(
      StanceLexicon stances, ProvisionLexicon lexicon, ModelSet models, double threshold) {
    this.candidates = new PositionCandidates(words, new ProvisionCandidates(lexicon));
    this.rules = new PositionFinder(stances, lexicon);
    this.stance = models.classifier(STANCE).orElse(null);
    this.provision = models.classifier(PROVISION).orElse(null);
    this.holder = models.classifier(HOLDER).orElse(null);
    this.threshold = threshold;
    this.withRules = models.parameter(WITH_RULES, 1.0) > 0.5;
  }

  @Override
  public List<Claim> find(DocContext ctx) {
    Classifier stanceModel = stance;
    Classifier holderModel = holder;
    if (stanceModel == null || holderModel == null) {
      return ruled(ctx);
    }
    List<Position> out = new ArrayList<>();
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      PositionCandidates.Sentence sc = candidates.of(ctx, i);
      StanceScorer scorer =
          sc.provisions().isEmpty() ? null : new StanceScorer(stanceModel, features, sc.view());
      for (ProvisionCandidate p : sc.provisions()) {
        if (StanceContexts.setAside(ctx.text(), sc.view().from(), p.start())) {
          continue;
        }
        Optional<Decision> d = decide(stanceModel, Objects.requireNonNull(scorer), sc, p);
        if (d.isPresent()) {
          for (Held h : holders(holderModel, sc, p)) {
            out.add(claims.claim(ctx, sc, p, h, d.get()));
          }
        }
      }
    }
    List<Claim> learned = FormerOfficials.without(ctx, merger.merge(out));
    return withRules ? joined(ruled(ctx), learned) : learned;
  }

  /**
   * The rules' positions and the learned ones that none of them restates (same provision type on
   * overlapping evidence, whatever the stance, held by the rule's holder or by the party the rule
   * addresses it to): the rules read exact structure (negation, conditions, who is bound), the
   * models the rest.
   */
  private static List<Claim> joined(List<Claim> ruled, List<Claim> learned) {
    List<Claim> out = new ArrayList<>(ruled);
    for (Claim c : learned) {
      if (ruled.stream().noneMatch(r -> restates(r, c))) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean restates(Claim rule, Claim learned) {
    if (!(rule instanceof Position r && learned instanceof Position l)
        || r.provision().type() != l.provision().type()
        || !(Objects.equals(r.holder(), l.holder()) || Objects.equals(r.addressee(), l.holder()))) {
      return false;
    }
    for (Span a : rule.provenance().evidence().spans()) {
      for (Span b : learned.provenance().evidence().spans()) {
        if (a.overlaps(b)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public Map<String, List<Example>> examples(DocContext ctx, List<Claim> gold) {
    Map<Integer, PositionCandidates.Sentence> all = new TreeMap<>();
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      all.put(i, candidates.of(ctx, i));
    }
    GoldPositions labels = GoldPositions.of(ctx, gold, (i, type) -> all.get(i).supports(type));
    PositionExamples out = new PositionExamples(features, typeFeatures);
    all.forEach((i, sc) -> out.add(sc, labels));
    return Map.of(STANCE, out.stances(), PROVISION, out.types(), HOLDER, out.holders());
  }

  private Optional<Decision> decide(
      Classifier model, StanceScorer scorer, PositionCandidates.Sentence sc, ProvisionCandidate p) {
    if (sc.holders().isEmpty()) {
      return Optional.empty();
    }
    double[] probs = scorer.probabilities(p);
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
    if (!p.generic()) {
      return Optional.of(new Decision(kind, p.type(), probs[best]));
    }
    return typed(sc, kind, probs[best]);
  }

  /** The generic candidate's decision with its type named by the provision model. */
  private Optional<Decision> typed(PositionCandidates.Sentence sc, ClaimKind kind, double p) {
    Classifier model = provision;
    if (model == null) {
      return Optional.empty();
    }
    double[] probs = model.probabilities(typeFeatures.of(sc.view(), kind, sc.provisions()));
    Set<ProvisionType> named = sc.named();
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

  /**
   * The candidates that hold a stance on {@code p}: those the holder model says yes to, or the
   * likeliest one when it says yes to none.
   */
  private List<Held> holders(
      Classifier model, PositionCandidates.Sentence sc, ProvisionCandidate p) {
    List<Held> yes = new ArrayList<>();
    Held best = null;
    for (HolderCandidate h : sc.holders()) {
      double py = model.probability(features.holder(sc.view(), h, p), YES);
      Held held = new Held(h, py);
      if (py >= 0.5) {
        yes.add(held);
      }
      if (best == null || py > best.probability()) {
        best = held;
      }
    }
    return yes.isEmpty() && best != null ? List.of(best) : yes;
  }

  /** The hand-written rules' positions: what this stage finds without models. */
  private List<Claim> ruled(DocContext ctx) {
    List<Claim> found = new ArrayList<>(rules.find(ctx));
    found.addAll(aims.find(ctx));
    return FormerOfficials.without(ctx, WarAimsFinder.withoutRestated(found));
  }

  /** What the stance and provision models decided: the kind, the type and their probability. */
  record Decision(ClaimKind kind, ProvisionType type, double probability) {}

  /** A party the holder model gave a stance to, with its probability. */
  record Held(HolderCandidate candidate, double probability) {}

  static Set<ProvisionType> namedTypes(List<ProvisionCandidate> ps) {
    Set<ProvisionType> out = EnumSet.noneOf(ProvisionType.class);
    ps.stream().filter(p -> !p.generic()).forEach(p -> out.add(p.type()));
    return out;
  }
}
