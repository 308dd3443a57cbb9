package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Demand;
import org.parley.model.Polarity;
import org.parley.model.Provenance;
import org.parley.model.Provision;
import org.parley.model.ProvisionType;
import org.parley.model.Span;

/**
 * Russia's declared war aims named as a pair, "demilitarisation and denazification" of Ukraine: the
 * pair is Moscow's own formula, so wherever a text names it, with or without a verb of demanding
 * ("the presidents discussed … Ukraine's demilitarisation and denazification"), it states Russia's
 * demands. Each becomes a demand of the theatre's {@code war-aims} party, RUS (limits on the armed
 * forces; governance). Stateless.
 */
public final class WarAimsFinder implements ClaimStage {
  private static final List<String> ANCHORS = List.of("denazif");
  private static final Pattern PAIR =
      Pattern.compile(
          "\\bdemilitari[sz]\\w*\\b[^.;]{0,60}?\\bdenazif\\w*|\\bdenazif\\w*\\b[^.;]{0,60}?"
              + "\\bdemilitari[sz]\\w*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DEMILITARISATION =
      Pattern.compile("demilitari[sz]\\w*", Pattern.CASE_INSENSITIVE);
  private static final Pattern DENAZIFICATION =
      Pattern.compile("denazif\\w*", Pattern.CASE_INSENSITIVE);
  private static final String RULE = "position.war-aims";

  private final ProvenanceResolver provenance = new ProvenanceResolver();

  @Override
  public List<Claim> find(DocContext ctx) {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      if (!ctx.mayHold(i, ANCHORS)) {
        continue;
      }
      Matcher m = PAIR.matcher(ctx.text()).region(ctx.sentenceStart(i), ctx.sentenceEnd(i));
      if (m.find()) {
        Span sentence = ctx.sentenceSpan(i);
        Span anchor = ctx.original(m.start(), m.end());
        Provenance p = provenance.resolve(ctx, List.of(sentence), anchor, RULE, 0.6);
        ActorId aims = ctx.theatre().warAims();
        out.add(demand(p, aims, ProvisionType.MILITARY_LIMITS, term(DEMILITARISATION, m.group())));
        out.add(demand(p, aims, ProvisionType.GOVERNANCE, term(DENAZIFICATION, m.group())));
      }
    }
    return out;
  }

  /**
   * {@code found} without the war-aims demands that another rule found in the same sentence (a
   * stance verb governs the pair there: "Russia's goals were demilitarisation and …").
   */
  public static List<Claim> withoutRestated(List<Claim> found) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : found) {
      if (!(RULE.equals(c.provenance().rule()) && c instanceof Demand d && restated(d, found))) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean restated(Demand aim, List<Claim> found) {
    Span at = aim.provenance().evidence().first();
    return found.stream()
        .anyMatch(
            c ->
                c instanceof Demand d
                    && !RULE.equals(d.provenance().rule())
                    && d.holder().equals(aim.holder())
                    && d.provision().type() == aim.provision().type()
                    && d.provenance().evidence().spans().stream().anyMatch(s -> s.overlaps(at)));
  }

  private static String term(Pattern word, String pair) {
    Matcher w = word.matcher(pair);
    return w.find() ? w.group() : pair;
  }

  private static Demand demand(Provenance p, ActorId aims, ProvisionType type, String detail) {
    return new Demand(
        p, aims, null, null, new Provision(type, Polarity.FOR, List.of(), null, detail));
  }
}
