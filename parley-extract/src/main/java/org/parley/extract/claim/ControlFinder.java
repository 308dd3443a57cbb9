package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.Clauses;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.extract.measure.Figure;
import org.parley.kb.KnowledgeBase;
import org.parley.model.ActorId;
import org.parley.model.Approx;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Measure;
import org.parley.model.PartialDate;
import org.parley.model.Provenance;
import org.parley.model.RegionId;
import org.parley.model.Span;
import org.parley.model.Status;

/**
 * Control figures: a share, area or degree ("some 88 percent of the Donbas", "nearly all the
 * Luhansk region", "roughly 150 sq. miles", "about a fifth of Ukrainian territory") in a clause
 * that says a party controls, occupies or holds it ({@link ControlClauses}), with the party from
 * the clause ({@link ControlHolders}: "Russian forces occupy", "in Russian hands", "fell to Russian
 * troops"). Lists are distributive ("75 percent of Donetsk, Kherson and Zaporizhzhia" gives three
 * claims), except areas "combined"; a relative "of which" refers to the territory before it. A
 * whole region taken gives degree all ({@link TakenRegions}); a part of an area and a sentence that
 * continues the claim before it ("This includes all of Crimea, …") keep that claim's holder ({@link
 * FigureLocator}). A figure about a city, a hypothetical ("if Russia captures ..., it will hold all
 * of Luhansk") or an aim ("trying to capture all of") is not a control claim. Stateless.
 */
public final class ControlFinder implements ClaimStage {
  /** Words that send a sentence the pre-pass passed over to this rule anyway. */
  private static final List<String> ANCHORS =
      List.of(
          "percent",
          "per cent",
          "%",
          "control",
          "occup",
          "held",
          "hold",
          "seiz",
          "captur",
          "taken",
          "took",
          "annex",
          "hands",
          "fell",
          "fallen",
          "overr",
          "conquer");

  private static final Pattern RELATIVE_TAIL =
      Pattern.compile(",\\s+(?:where|which|who|whose|while|whereas)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern REPORTED =
      Pattern.compile(
          "\\b(?:said|says|claimed|claims|according to|announced|reported|stated)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PRONOUN_SUBJECT =
      Pattern.compile(
          "\\b(?:it|they)\\s+(?:\\w+\\s+){0,2}$|\\b(?:it|they)\\b", Pattern.CASE_INSENSITIVE);

  private final FigureLocator figures = new FigureLocator();
  private final ProvenanceResolver provenance = new ProvenanceResolver();
  private final PartyWords words;

  /** A control rule that reads party words ("in Russian hands") with {@code kb}. */
  public ControlFinder(KnowledgeBase kb) {
    this.words = new PartyWords(kb);
  }

  @Override
  public List<Claim> find(DocContext ctx) {
    List<Claim> out = new ArrayList<>();
    Run run = new Run();
    for (int i = 0; i < ctx.sentenceCount(); i++) {
      boolean continues =
          run.lastSentence == i - 1
              && run.lastHolder != null
              && FigureLocator.isContinuation(ctx, i);
      if (continues || ctx.mayHold(i, ANCHORS)) {
        run.startSentence(continues);
        List<LocatedFigure> found =
            figures.locate(ctx, ctx.sentenceStart(i), ctx.sentenceEnd(i), continues);
        for (int k = 0; k < found.size(); k++) {
          LocatedFigure lf = found.get(k);
          int next = k + 1 < found.size() ? found.get(k + 1).figure().start() : lf.clauseEnd();
          // a figure's territory lies before the next figure
          figure(ctx, i, lf, Math.min(lf.clauseEnd(), Math.max(lf.figure().end(), next)), out, run);
        }
      }
    }
    return out;
  }

  /**
   * The state one document's reading carries: the last holder and the sentence and status of its
   * claim (for "it holds" and "This includes …"), and within a sentence the previous figure's
   * territory, time and claim. Lives on one call's stack.
   */
  private static final class Run {
    private @Nullable ActorId lastHolder;
    private int lastSentence = -2;
    private @Nullable Status lastStatus;
    private boolean continues;
    private List<RegionId> previous = List.of();
    private @Nullable PartialDate previousTime;
    private @Nullable Control previousClaim;
    private boolean claimedBefore;

    void startSentence(boolean continuing) {
      continues = continuing;
      previous = List.of();
      previousTime = null;
      previousClaim = null;
      claimedBefore = continuing;
    }
  }

  /** The claims of one figure of sentence {@code i}, whose territory ends by {@code limit}. */
  private void figure(
      DocContext ctx, int i, LocatedFigure lf, int limit, List<Claim> out, Run run) {
    Figure f = lf.figure();
    int[] clause = lf.clause();
    boolean part = lf.role() == LocatedFigure.Role.PART;
    ActorId holder =
        part ? (run.claimedBefore ? run.lastHolder : null) : holder(ctx, i, clause, f, run);
    List<List<RegionId>> territories =
        holder == null ? List.of() : Territories.of(ctx, words, clause, f, limit, run.previous);
    run.claimedBefore = !territories.isEmpty();
    if (holder == null || territories.isEmpty()) {
      return;
    }
    PartialDate time =
        time(ctx, clause, run.previousTime, lf.role() == LocatedFigure.Role.RELATIVE);
    for (List<RegionId> regions : territories) {
      add(claim(ctx, i, lf, holder, regions, time, run), out, run);
    }
    run.previous = territories.get(0);
    run.previousTime = time;
    run.lastHolder = holder;
    run.lastSentence = i;
    run.lastStatus = run.previousClaim.provenance().status();
  }

  /** Adds claim {@code c}, or folds it into the claim before when it restates it in apposition. */
  private static void add(Control c, List<Claim> out, Run run) {
    Control kept = c;
    if (run.previousClaim != null && isAppositive(run.previousClaim, c)) {
      kept = appositive(run.previousClaim, c);
      out.set(out.lastIndexOf(run.previousClaim), kept);
    } else {
      out.add(kept);
    }
    run.previousClaim = kept;
  }

  /**
   * Who holds figure {@code f}: the party the control clause names, if the clause states control at
   * all; a pronoun subject ("it holds") is the last holder.
   */
  private @Nullable ActorId holder(DocContext ctx, int i, int[] clause, Figure f, Run run) {
    String text = ctx.text();
    if (!ControlClauses.statesControl(text, clause, f)) {
      return null;
    }
    ActorId holder = ControlHolders.of(ctx, words, ctx.sentenceStart(i), clause, f);
    if (holder == null && PRONOUN_SUBJECT.matcher(text.substring(clause[0], f.start())).find()) {
      return run.lastHolder;
    }
    return holder;
  }

  /** A second figure for the same territory ("almost all of Luhansk, about 99 percent"). */
  private static boolean isAppositive(Control a, Control b) {
    return a.holder().equals(b.holder())
        && a.regions().equals(b.regions())
        && a.provenance().evidence().equals(b.provenance().evidence())
        && (!a.measure().isNumeric()
            || !b.measure().isNumeric()
            || (a.measure().share() == null) != (b.measure().share() == null));
  }

  /** One measure from two: numbers over degrees, a share and an area together. */
  private static Control appositive(Control a, Control b) {
    Measure m = a.measure();
    Measure n = b.measure();
    Double share = m.share() != null ? m.share() : n.share();
    Double area = m.areaKm2() != null ? m.areaKm2() : n.areaKm2();
    Approx approx = m.isNumeric() ? m.approx() : n.approx();
    return new Control(
        a.provenance(), a.holder(), a.agent(), a.regions(), new Measure(share, area, approx));
  }

  private static @Nullable PartialDate time(
      DocContext ctx, int[] clause, @Nullable PartialDate prev, boolean relative) {
    // a time in a trailing relative clause dates something else ("…, where the river has marked
    // the front since Ukraine recaptured Kherson in November 2022"), unless that clause is the one
    // that states control ("the Luhansk region, which fell to … in July")
    Matcher rel = RELATIVE_TAIL.matcher(ctx.text()).region(clause[0], clause[1]);
    int end = !relative && rel.find() ? rel.start() : clause[1];
    Span span = ctx.original(clause[0], end);
    var times = ctx.analyzed().timesIn(span);
    if (!times.isEmpty()) {
      return times.get(0).value();
    }
    return Clauses.startsWithWhen(ctx.text(), clause[0]) ? prev : null;
  }

  private Control claim(
      DocContext ctx,
      int i,
      LocatedFigure lf,
      ActorId holder,
      List<RegionId> regions,
      @Nullable PartialDate time,
      Run run) {
    Span anchor = ctx.original(lf.clauseStart(), lf.clauseEnd());
    Provenance p =
        provenance.resolveAt(ctx, List.of(ctx.sentenceSpan(i)), anchor, time, lf.rule(), 0.8);
    if (p.status() == Status.ASSERTED
        && REPORTED
            .matcher(ctx.text().substring(ctx.sentenceStart(i), ctx.sentenceEnd(i)))
            .find()) {
      p = p.withStatus(Status.REPORTED);
    }
    if (run.continues && run.lastStatus != null && p.status() == Status.ASSERTED) {
      // "This includes …" carries on the figure before it, as it was sourced
      p = p.withStatus(run.lastStatus);
    }
    return new Control(p, holder, null, regions, lf.figure().measure());
  }
}
