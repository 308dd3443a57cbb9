package org.parley.extract.position;

import java.util.List;
import org.parley.extract.claim.ProvisionRegions;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.extract.position.LearnedPositionFinder.Decision;
import org.parley.extract.position.LearnedPositionFinder.Held;
import org.parley.model.ActorId;
import org.parley.model.ClaimKind;
import org.parley.model.Demand;
import org.parley.model.Offer;
import org.parley.model.Polarity;
import org.parley.model.Position;
import org.parley.model.Provenance;
import org.parley.model.Provision;
import org.parley.model.Rejection;
import org.parley.model.Span;

/**
 * Builds the claim of a classified candidate: the holder and agent of the candidate party, the
 * provision with its regions, beneficiary and description, the addressee {@link Addressees} reads,
 * and provenance read around the sentence with the classifiers' probability as confidence.
 * Stateless.
 */
final class PositionClaims {
  static final String RULE = "position.learned";
  private static final int DETAIL_LENGTH = 120;

  private final ProvenanceResolver provenance = new ProvenanceResolver();
  private final Addressees addressees;

  PositionClaims(StanceWords classes) {
    this.addressees = new Addressees(classes);
  }

  Position claim(
      DocContext ctx, PositionCandidates.Sentence sc, ProvisionCandidate p, Held held, Decision d) {
    HolderCandidate h = held.candidate();
    SentenceView s = sc.view();
    ClaimKind kind = d.kind();
    double probability = d.probability() * held.probability();
    Provision provision = provision(ctx, s, p, d);
    ActorId addressee = addressees.of(sc, h);
    Span sentence = ctx.sentenceSpan(s.index());
    Provenance prov =
        provenance.resolve(ctx, List.of(sentence), sentence, RULE, round(probability));
    String agent = h.agent();
    return switch (kind) {
      case DEMAND -> new Demand(prov, h.holder(), agent, addressee, provision);
      case OFFER -> new Offer(prov, h.holder(), agent, addressee, provision);
      case REJECTION -> new Rejection(prov, h.holder(), agent, addressee, provision);
      default -> throw new IllegalArgumentException("not a position: " + kind);
    };
  }

  private Provision provision(DocContext ctx, SentenceView s, ProvisionCandidate p, Decision d) {
    Polarity polarity =
        d.kind() == ClaimKind.REJECTION && p.negated() ? p.polarity().opposite() : p.polarity();
    return new Provision(
        d.type(),
        polarity,
        d.type().isTerritorial() ? ProvisionRegions.in(ctx, s.from(), s.to()) : List.of(),
        ctx.theatre().beneficiary(d.type()).orElse(null),
        detail(ctx, s, p));
  }

  private static String detail(DocContext ctx, SentenceView s, ProvisionCandidate p) {
    if (!p.generic()) {
      return p.detail();
    }
    String said = ctx.text().substring(s.from(), s.to()).strip();
    return said.length() <= DETAIL_LENGTH ? said : said.substring(0, DETAIL_LENGTH).strip() + " …";
  }

  /** A probability to three decimals, so that output does not depend on the last bits. */
  private static double round(double probability) {
    return Math.round(probability * 1000) / 1000.0;
  }
}
