package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.Clauses;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.extract.context.Voice;
import org.parley.extract.context.VoiceResolver;
import org.parley.extract.lexicon.ProvisionLexicon;
import org.parley.extract.lexicon.ProvisionMatch;
import org.parley.extract.lexicon.StanceLexicon;
import org.parley.extract.lexicon.StanceTrigger;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.ClaimKind;
import org.parley.model.Demand;
import org.parley.model.Offer;
import org.parley.model.Polarity;
import org.parley.model.Provenance;
import org.parley.model.Provision;
import org.parley.model.ProvisionType;
import org.parley.model.Rejection;
import org.parley.model.Span;

/**
 * Demands, offers and rejections: in each candidate sentence, a stance trigger ("demands", "is
 * ready to", "rules out") with the provisions in its scope ("No NATO admittance, no Western troops
 * ... — a litany of demands"), one claim per provision, held by the party that voices the stance.
 * Stateless.
 */
public final class PositionFinder implements ClaimStage {
  private static final Pattern OBLIGATION =
      Pattern.compile(
          "(?:would |will |should |must )?need(?:s|ed)? to|must|has to|have to|is obliged to|should",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HYPOTHETICAL =
      Pattern.compile(
          "\\b(?:if|unless|whether|as soon as|once|analysts? (?:expect|believe|say)|could be"
              + "|expected to|suppose|supposing|imagine|think|thinks|believe|believes|predict\\w*"
              + "|speculat\\w*|likely|perhaps|possibly|hypothetical\\w*)\\b"
              + "|\\b(?-i:may|might)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PURPOSE =
      Pattern.compile(
          "\\b(?:on the way to|in order to|so as to|with a view to|aimed at|towards?|for the sake of"
              + "|in the interests of|(?:as )?the price (?:of|for))"
              + "\\s+(?:\\w+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);

  private final StanceLexicon stances;
  private final ProvisionLexicon provisions;
  private final VoiceResolver voices = new VoiceResolver();
  private final ProvenanceResolver provenance = new ProvenanceResolver();

  public PositionFinder(StanceLexicon stances, ProvisionLexicon provisions) {
    this.stances = stances;
    this.provisions = provisions;
  }

  @Override
  public List<Claim> find(DocContext ctx) {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      if (ctx.isCandidate(i)) {
        sentence(ctx, i, out);
      }
    }
    return out;
  }

  private void sentence(DocContext ctx, int i, List<Claim> out) {
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    List<StanceTrigger> triggers = stances.find(ctx.text(), from, to);
    List<int[]> claimed = new ArrayList<>();
    for (int k = 0; k < triggers.size(); k++) {
      StanceTrigger t = triggers.get(k);
      int[] scope = scope(ctx, from, to, triggers, k);
      List<ProvisionMatch> found =
          provisions.find(ctx.text(), scope[0], scope[1], t.kind()).stream()
              .filter(p -> claimed.stream().noneMatch(c -> c[0] == p.start()))
              .filter(p -> !isPurpose(ctx.text(), scope[0], p.start()))
              .toList();
      if (found.isEmpty() || isHypothetical(ctx.text(), from, t.start())) {
        continue;
      }
      boolean obligation = OBLIGATION.matcher(ctx.text().substring(t.start(), t.end())).matches();
      Optional<Voice> voice = voices.resolve(ctx, from, to, t.start(), t.end(), obligation);
      if (voice.isEmpty()) {
        continue;
      }
      Voice v = addressed(ctx, voice.get(), t, to);
      List<Voice> all = new ArrayList<>(List.of(v));
      if (!obligation) {
        all.addAll(voices.coordinated(ctx, from, t.start(), v));
      }
      for (int p = 0; p < found.size(); p++) {
        ProvisionMatch m = found.get(p);
        int segStart = p == 0 ? scope[0] : found.get(p - 1).end();
        int segEnd = p + 1 < found.size() ? found.get(p + 1).start() : scope[1];
        claimed.add(new int[] {m.start()});
        for (Voice each : all) {
          out.add(claim(ctx, i, t, each, m, segStart, segEnd));
        }
      }
    }
  }

  /**
   * The stretch a trigger's provisions may lie in: its side of the sentence, up to the next stance.
   */
  private static int[] scope(DocContext ctx, int from, int to, List<StanceTrigger> ts, int k) {
    StanceTrigger t = ts.get(k);
    boolean obligation = OBLIGATION.matcher(ctx.text().substring(t.start(), t.end())).matches();
    int clauseStart = Clauses.around(ctx.text(), from, to, t.start())[0];
    int start =
        switch (t.scope()) {
          case AFTER -> obligation ? Math.max(clauseStart, previousEnd(ts, k)) : t.end();
          case BEFORE -> from;
          case AROUND -> clauseStart;
        };
    int end = t.scope() == StanceTrigger.Scope.BEFORE ? t.start() : to;
    if (t.scope() != StanceTrigger.Scope.BEFORE) {
      for (int j = k + 1; j < ts.size(); j++) {
        if (ts.get(j).kind() != t.kind()) {
          end = Math.min(end, ts.get(j).start());
          break;
        }
      }
      int[] clause = Clauses.around(ctx.text(), from, to, t.end());
      if (t.scope() == StanceTrigger.Scope.AFTER && clause[1] < end && clause[1] > t.end()) {
        end = Math.max(clause[1], nextClauseIfList(ctx.text(), clause[1], end));
      }
    }
    return new int[] {start, Math.max(start, end)};
  }

  private static int previousEnd(List<StanceTrigger> ts, int k) {
    return k == 0 ? 0 : ts.get(k - 1).end();
  }

  /** Keeps a list running on past a comma-clause ("to ensure ..., to demilitarise ..."). */
  private static int nextClauseIfList(String text, int boundary, int end) {
    return text.startsWith(";", boundary) || text.startsWith(": ", boundary) ? boundary : end;
  }

  /**
   * Whether a provision is named as the purpose of another ("a mediator on the way to ending the
   * war").
   */
  private static boolean isPurpose(String text, int from, int at) {
    return PURPOSE.matcher(text.substring(Math.max(from, at - 30), at)).find();
  }

  private static boolean isHypothetical(String text, int from, int at) {
    int[] clause = Clauses.around(text, from, at, Math.max(from, at - 1));
    return HYPOTHETICAL.matcher(text.substring(clause[0], at)).find();
  }

  private Voice addressed(DocContext ctx, Voice v, StanceTrigger t, int to) {
    if (v.addressee() != null) {
      return v;
    }
    ActorId a = voices.addresseeAfter(ctx, t.end(), to);
    return a == null || a.equals(v.holder()) ? v : v.withAddressee(a);
  }

  private Claim claim(
      DocContext ctx, int i, StanceTrigger t, Voice v, ProvisionMatch m, int segStart, int segEnd) {
    Provision provision = provision(ctx, t.kind(), v, m, segStart, segEnd);
    Span sentence = ctx.sentenceSpan(i);
    Span anchor = ctx.original(Math.min(t.start(), m.start()), Math.max(t.end(), m.end()));
    Provenance prov =
        provenance.resolve(
            ctx, List.of(sentence), anchor, "position." + t.kind().code(), confidence(m));
    ActorId addressee =
        v.addressee() == null || v.addressee().equals(v.holder()) ? null : v.addressee();
    return switch (t.kind()) {
      case DEMAND -> new Demand(prov, v.holder(), v.agent(), addressee, provision);
      case OFFER -> new Offer(prov, v.holder(), v.agent(), addressee, provision);
      case REJECTION -> new Rejection(prov, v.holder(), v.agent(), addressee, provision);
      default -> throw new IllegalStateException("not a stance: " + t.kind());
    };
  }

  private static Provision provision(
      DocContext ctx, ClaimKind stance, Voice v, ProvisionMatch m, int segStart, int segEnd) {
    Polarity polarity =
        stance == ClaimKind.REJECTION && m.negated() ? m.polarity().opposite() : m.polarity();
    boolean regional = m.type().isTerritorial() || m.type() == ProvisionType.OTHER;
    Provision p =
        new Provision(
            m.type(),
            polarity,
            regional ? ProvisionRegions.in(ctx, segStart, segEnd) : List.of(),
            beneficiary(ctx, stance, v, m, segStart, segEnd),
            detail(ctx, m));
    return p;
  }

  private static @Nullable ActorId beneficiary(
      DocContext ctx, ClaimKind stance, Voice v, ProvisionMatch m, int segStart, int segEnd) {
    ActorId rus = ActorId.of("RUS");
    return switch (m.type()) {
      case TERRITORY_CEDE -> rus;
      case TERRITORY_RETURN -> ActorId.of("UKR");
      case TERRITORY_RECOGNIZE ->
          ctx.text()
                      .substring(segStart, segEnd)
                      .matches("(?is).*\\b(?:russia's|russian|as part of russia)\\b.*")
                  || ProvisionRegions.names(ctx, segStart, m.start(), rus)
              ? rus
              : null;
      default -> null;
    };
  }

  private static String detail(DocContext ctx, ProvisionMatch m) {
    if (m.type() == ProvisionType.OTHER) {
      String said = ctx.text().substring(m.start(), m.end()).strip();
      return m.detail().isEmpty() ? said : m.detail() + ": " + said;
    }
    return m.detail();
  }

  private static double confidence(ProvisionMatch m) {
    return m.type() == ProvisionType.OTHER ? 0.6 : 0.8;
  }
}
