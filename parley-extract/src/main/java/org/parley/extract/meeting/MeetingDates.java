package org.parley.extract.meeting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.ProvenanceResolver;
import org.parley.language.time.TimeExpression;
import org.parley.model.PartialDate;
import org.parley.model.Span;

/**
 * The date of a meeting: the time expression of the meeting word's clause nearest to it, else of
 * its sentence (one attached to a reporting verb only when there is no other); a window of days
 * ("less than a week ago") narrowed to the day that an event time of the same or the next sentence
 * names inside it ("... on Friday"); else, in an official readout, the readout's date. Stateless.
 */
final class MeetingDates {
  /** Words that may stand between a date and the meeting word it modifies. */
  private static final Set<String> MODIFIERS =
      Set.of(
          "round",
          "of",
          "first",
          "second",
          "third",
          "latest",
          "new",
          "next",
          "previous",
          "last",
          "video",
          "phone",
          "telephone",
          "online",
          "bilateral",
          "trilateral",
          "high-level");

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
  private static final int HALF_YEAR = 183;

  /** Words right before a meeting word that put it earlier than the report, with no date. */
  private static final Set<String> EARLIER =
      Set.of("recent", "previous", "earlier", "past", "former", "last");

  private final ProvenanceResolver provenance = new ProvenanceResolver();

  /**
   * The time of a meeting whose word lies at original {@code anchor} in sentence {@code i}. When
   * the sentence has other meeting words ({@code words}, this one among them), a time belongs to
   * the word it stands right before ("the December 7 videoconference"), else to the nearest word
   * before it ("met in Istanbul on Tuesday for a new round"), else to the nearest after it.
   */
  MeetingTime of(DocContext ctx, int i, Span anchor, Span clause, List<Span> words) {
    List<TimeExpression> inSentence =
        ctx.analyzed().timesIn(ctx.sentenceSpan(i)).stream()
            .filter(t -> words.size() < 2 || owner(ctx, t.span(), words).equals(anchor))
            .filter(t -> !isOtherNounsYear(ctx, t, anchor))
            .toList();
    Optional<TimeExpression> own =
        nearest(
                inSentence.stream().filter(t -> !t.reporting() && clause.contains(t.span())),
                anchor)
            .or(() -> nearest(inSentence.stream().filter(t -> !t.reporting()), anchor));
    if (own.isPresent()) {
      PartialDate narrowed = narrowed(ctx, i, own.get());
      return narrowed != null
          ? new MeetingTime(narrowed, "narrowed")
          : new MeetingTime(
              nearestYear(ctx, own.get()),
              clause.contains(own.get().span()) ? "clause" : "sentence");
    }
    Optional<TimeExpression> report = nearest(inSentence.stream(), anchor);
    if (report.isPresent()) {
      return new MeetingTime(report.get().value(), "report");
    }
    return isEarlier(ctx, anchor) ? MeetingTime.none() : readout(ctx, anchor);
  }

  /**
   * Whether a word right before the meeting word puts it before the report without a date ("the
   * recent visit", "their previous round"): not the readout's day.
   */
  private static boolean isEarlier(DocContext ctx, Span anchor) {
    String text = ctx.document().text();
    String before = text.substring(Math.max(0, anchor.start() - 30), anchor.start());
    String[] words = before.toLowerCase(java.util.Locale.ROOT).strip().split("[^\\p{L}]+");
    for (int k = Math.max(0, words.length - 2); k < words.length; k++) {
      if (EARLIER.contains(words[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The day {@code t} names, taken in the year that puts it nearest the report when the text gives
   * no year: "on January 12" in a late-December article is next month's day, not last January's.
   */
  private static PartialDate nearestYear(DocContext ctx, TimeExpression t) {
    PartialDate d = t.value();
    LocalDate report = ctx.document().date();
    if (report == null
        || d.precision() != PartialDate.Precision.DAY
        || YEAR.matcher(t.text()).find()
        || !d.start().isBefore(report.minusDays(HALF_YEAR))) {
      return d;
    }
    LocalDate next = d.start().plusYears(1);
    return next.isAfter(report.plusDays(HALF_YEAR)) ? d : PartialDate.ofDay(next);
  }

  /**
   * Whether {@code t} is a bare year that modifies another noun phrase of the sentence ("the 2015
   * agreements" beside a call): a year after "the" or a possessive dates the words right after it,
   * and the meeting word is not among them.
   */
  private static boolean isOtherNounsYear(DocContext ctx, TimeExpression t, Span anchor) {
    String text = ctx.document().text();
    if (t.value().precision() != PartialDate.Precision.YEAR || !t.text().matches("\\d{4}")) {
      return false;
    }
    String before = text.substring(Math.max(0, t.span().start() - 5), t.span().start());
    if (!before.matches("(?s).*(\\bthe|['’]s) $")) {
      return false;
    }
    if (anchor.start() < t.span().end() || anchor.start() - t.span().end() > 40) {
      return true;
    }
    return text.substring(t.span().end(), anchor.start()).matches("(?s).*[,;:()].*");
  }

  /** The readout's own date, for a meeting the readout reports without a time of its own. */
  MeetingTime readout(DocContext ctx, Span anchor) {
    PartialDate day = provenance.readoutDate(ctx, ctx.analyzed().attributionFor(anchor));
    return day == null ? MeetingTime.none() : new MeetingTime(day, "readout");
  }

  private static Optional<TimeExpression> nearest(
      java.util.stream.Stream<TimeExpression> times, Span anchor) {
    return times.min(
        Comparator.comparingInt((TimeExpression t) -> distance(t.span(), anchor))
            .thenComparingInt(t -> t.span().start()));
  }

  /**
   * The day an event time of sentence {@code i} or the next names inside the window of {@code t},
   * when {@code t} allows several days; else null.
   */
  private static @Nullable PartialDate narrowed(DocContext ctx, int i, TimeExpression t) {
    if (!t.latest().isAfter(t.earliest()) || t.value().precision() == PartialDate.Precision.DAY) {
      return null;
    }
    for (int s = i; s <= Math.min(i + 1, ctx.sentenceCount() - 1); s++) {
      for (TimeExpression other : ctx.analyzed().timesIn(ctx.sentenceSpan(s))) {
        if (other.reporting() || other.value().precision() != PartialDate.Precision.DAY) {
          continue;
        }
        LocalDate day = other.value().start();
        if (!day.isBefore(t.earliest()) && !day.isAfter(t.latest())) {
          return other.value();
        }
      }
    }
    return null;
  }

  /** The meeting word among {@code words} (in text order) that a time at {@code time} dates. */
  private static Span owner(DocContext ctx, Span time, List<Span> words) {
    Span before = null;
    for (Span w : words) {
      if (w.start() >= time.end()) {
        String gap = ctx.document().text().substring(time.end(), w.start()).strip();
        boolean modifier =
            gap.isEmpty()
                || java.util.Arrays.stream(gap.split("\\s+")).allMatch(MODIFIERS::contains);
        return modifier || before == null ? w : before;
      }
      before = w;
    }
    return before == null ? words.get(0) : before;
  }

  private static int distance(Span a, Span b) {
    if (a.overlaps(b) || b.contains(a)) {
      return 0;
    }
    return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
  }
}
