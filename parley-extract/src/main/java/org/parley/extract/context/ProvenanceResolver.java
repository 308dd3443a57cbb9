package org.parley.extract.context;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.kb.PressOffice;
import org.parley.language.cue.AttributionCue;
import org.parley.language.cue.AttributionSummary;
import org.parley.language.cue.FrameKind;
import org.parley.language.time.TimeExpression;
import org.parley.model.Attribution;
import org.parley.model.Evidence;
import org.parley.model.PartialDate;
import org.parley.model.Provenance;
import org.parley.model.Span;

/**
 * Gives a claim the provenance the text around it implies: status and attribution chain from the
 * cues governing its anchor (the clause or sentence that states it), the valid time from the time
 * expression nearest the anchor — or, in an official readout that reports the day's event, the
 * document's date — and the report date. Stateless.
 */
public final class ProvenanceResolver {
  /**
   * The provenance of a claim with {@code evidence} spans, whose status, attribution and valid time
   * are read around {@code anchor}.
   */
  public Provenance resolve(
      DocContext ctx, List<Span> evidence, Span anchor, String rule, double confidence) {
    AttributionSummary summary = ctx.analyzed().attributionFor(anchor);
    return build(ctx, evidence, summary, validTime(ctx, anchor, summary), rule, confidence);
  }

  /**
   * Like {@link #resolve}, but a time expression inside {@code excluded} (the demanded content:
   * "pull back forces from the countries that joined after May 1997") is not the claim's time.
   */
  public Provenance resolveOutside(
      DocContext ctx,
      List<Span> evidence,
      Span anchor,
      Span excluded,
      String rule,
      double confidence) {
    AttributionSummary summary = ctx.analyzed().attributionFor(anchor);
    PartialDate valid = nearestTime(ctx, anchor, excluded);
    if (valid == null) {
      valid = readoutDate(ctx, summary);
    }
    return build(ctx, evidence, summary, valid, rule, confidence);
  }

  private static @Nullable PartialDate nearestTime(DocContext ctx, Span anchor, Span excluded) {
    List<TimeExpression> pool = new java.util.ArrayList<>();
    for (var s : ctx.analyzed().sentencesIn(anchor)) {
      for (TimeExpression t : ctx.analyzed().timesIn(s.span())) {
        if (!excluded.contains(t.span())) {
          pool.add(t);
        }
      }
    }
    List<TimeExpression> events = pool.stream().filter(t -> !t.reporting()).toList();
    List<TimeExpression> chosen = events.isEmpty() ? pool : events;
    return chosen.stream()
        .min(
            java.util.Comparator.comparingInt((TimeExpression t) -> distance(t.span(), anchor))
                .thenComparingInt(t -> t.span().start()))
        .map(TimeExpression::value)
        .orElse(null);
  }

  private static int distance(Span a, Span b) {
    if (a.overlaps(b) || b.contains(a)) {
      return 0;
    }
    return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
  }

  /**
   * The provenance of a claim whose valid time the caller determined ({@code time}, none when
   * null); status and attribution are read around {@code anchor}.
   */
  public Provenance resolveAt(
      DocContext ctx,
      List<Span> evidence,
      Span anchor,
      @Nullable PartialDate time,
      String rule,
      double confidence) {
    return build(ctx, evidence, ctx.analyzed().attributionFor(anchor), time, rule, confidence);
  }

  private static Provenance build(
      DocContext ctx,
      List<Span> evidence,
      AttributionSummary summary,
      @Nullable PartialDate valid,
      String rule,
      double confidence) {
    String text =
        evidence.stream().sorted().map(ctx::originalText).collect(Collectors.joining(" "));
    return new Provenance(
        new Evidence(ctx.document().id(), evidence, text),
        valid,
        ctx.document().date(),
        summary.status(),
        new Attribution(summary.via(), summary.source(), summary.named()),
        confidence,
        rule);
  }

  /** The time the text gives for {@code anchor}, else a readout's own date, else none. */
  public @Nullable PartialDate validTime(DocContext ctx, Span anchor, AttributionSummary summary) {
    Optional<TimeExpression> t = ctx.analyzed().timeFor(anchor);
    if (t.isPresent()) {
      return t.get().value();
    }
    return readoutDate(ctx, summary);
  }

  /** The document's date when it is an official readout not relaying an interview or article. */
  public @Nullable PartialDate readoutDate(DocContext ctx, AttributionSummary summary) {
    LocalDate date = ctx.document().date();
    if (date == null || !ctx.publisher().map(PressOffice::readouts).orElse(false)) {
      return null;
    }
    for (AttributionCue c : summary.cues()) {
      if (c instanceof AttributionCue.ReportingFrame f
          && (f.kind() == FrameKind.INTERVIEW || f.kind() == FrameKind.PUBLISHED)) {
        return null;
      }
    }
    return PartialDate.ofDay(date);
  }
}
