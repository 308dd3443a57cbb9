package org.parley.extract.context;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.language.cue.AttributionCue;

/**
 * The reporter of a stance outside quotations, for {@link VoiceResolver}: the subject of the last
 * reporting verb before it ("Putin said Kyiv would …"), an "according to X" phrase, a reporting
 * frame that governs it ("This was stated by X"), a reporting clause that closes the sentence (",
 * the minister said."), or, in an official readout, the office's own voice for an impersonal
 * passive ("It was stressed that …", "… was emphasised."). Stateless.
 */
final class ReportingVoices {
  private static final Pattern REPORTING =
      Pattern.compile(
          "\\b(?:said|says|say|stressed|stresses|noted|notes|emphasi[sz]ed|emphasi[sz]es|insisted"
              + "|argued|added|told|warned|claimed|claims|announced|stated|declared|confirmed"
              + "|reiterated|underlined|underscored|pointed out|made (?:it )?clear|believes?"
              + "|thinks?|assured|explained|informed|reminded|wrote|tweeted|according to)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A reporting clause that closes a sentence after a comma: ", the President said." or ", said the
   * Kremlin leader." (group 1 or 2 holds its speaker).
   */
  private static final Pattern TRAILING_REPORT =
      Pattern.compile(
          ",\\s+(?:([^,;\"“”]{2,70}?)\\s+(?:also\\s+|further\\s+)?"
              + "(?:said|says|stressed|noted|emphasi[sz]ed|insisted|argued|added|warned|claimed"
              + "|stated|declared|underlined|underscored|pointed out|explained|wrote|told\\s+[^,;.]{1,50})"
              + "|(?:said|added|stressed|noted|emphasi[sz]ed|declared|wrote)\\s+([^,;\"“”]{2,70}?))"
              + "(?:\\s+(?:on|in|at|during|after|before)\\s+[^,;]{1,50})?[.!]?\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** An impersonal passive frame right before the reporting verb ("It was stressed that"). */
  private static final Pattern IMPERSONAL =
      Pattern.compile(
          "^\\s*(?:it\\s+)?(?:was|were|has been|had been)\\s+(?:also\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** A sentence closed by an impersonal passive reporting verb ("… was emphasised."). */
  private static final Pattern PASSIVE_CLOSE =
      Pattern.compile(
          "\\b(?:was|were) (?:also |once again |again )?(?:emphasi[sz]ed|stressed|noted|underlined"
              + "|underscored|pointed out|reaffirmed|reiterated|confirmed)"
              + "(?: (?:during|in|at) [^,;.]{1,60})?[.!]?\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ACCORDING_TO =
      Pattern.compile("\\baccording to\\s+", Pattern.CASE_INSENSITIVE);

  /** The reporter found, and where the last reporting verb before the trigger starts (or -1). */
  record Reporter(int verb, Optional<Voice> voice) {}

  private ReportingVoices() {}

  /**
   * The reporter of a stance at [start, end) in sentence [from, to) ({@code at} holds from, to,
   * start and end). For an obligation whose reporting verb has no subject there is none.
   */
  static Reporter reporter(DocContext ctx, int[] at, boolean obligation) {
    int from = at[0];
    int to = at[1];
    int start = at[2];
    int end = at[3];
    int verb = lastReportingVerb(ctx.text(), from, start);
    int afterAccording = accordingEnd(ctx, from, start);
    Optional<Voice> reporter;
    if (verb >= 0 && verb > afterAccording) {
      reporter = verbSubject(ctx, from, Math.max(from, afterAccording), verb);
      if (reporter.isEmpty() && obligation) {
        return new Reporter(verb, reporter);
      }
    } else {
      Optional<Voice> according = accordingTo(ctx, from, start);
      reporter =
          according.isPresent() || verb < 0
              ? according
              : VoiceResolver.voiceBefore(ctx, from, verb);
    }
    return new Reporter(verb, reporter.or(() -> fallback(ctx, start, end, to)));
  }

  /**
   * The subject of the reporting verb at {@code verb}, looked for from {@code after} (past an
   * "according to" phrase); "It was stressed that …" in an official readout (sentence from {@code
   * from}) is the office's own voice.
   */
  private static Optional<Voice> verbSubject(DocContext ctx, int from, int after, int verb) {
    Optional<Voice> reporter = VoiceResolver.voiceBefore(ctx, after, verb);
    if (reporter.isEmpty() && IMPERSONAL.matcher(ctx.text().substring(from, verb)).find()) {
      return VoiceResolver.principalVoice(ctx);
    }
    return reporter;
  }

  /**
   * The reporter when no verb before the trigger names one: a governing frame, a closing reporting
   * clause, or, for "The need for Kiev to … was emphasised." in an official readout, the office.
   */
  private static Optional<Voice> fallback(DocContext ctx, int start, int end, int to) {
    Optional<Voice> reporter = frameVoice(ctx, start, end);
    if (reporter.isEmpty()) {
      reporter = trailingReporter(ctx, end, to);
    }
    if (reporter.isEmpty() && PASSIVE_CLOSE.matcher(ctx.text().substring(end, to)).find()) {
      reporter = VoiceResolver.principalVoice(ctx);
    }
    return reporter;
  }

  /** Where an "according to X" phrase before the trigger ends, or -1 when there is none. */
  private static int accordingEnd(DocContext ctx, int from, int at) {
    Matcher m = ACCORDING_TO.matcher(ctx.text()).region(from, at);
    return m.find() ? m.end() : -1;
  }

  /** "According to X, ..." before the trigger: X. */
  private static Optional<Voice> accordingTo(DocContext ctx, int from, int at) {
    Matcher m = ACCORDING_TO.matcher(ctx.text()).region(from, at);
    if (!m.find()) {
      return Optional.empty();
    }
    List<PlacedMention> next = ctx.mentionsIn(m.end(), Math.min(at, m.end() + 80));
    return next.isEmpty() || next.get(0).start() - m.end() > 2
        ? Optional.empty()
        : VoiceResolver.voiceOfMention(ctx, next.get(0));
  }

  /** The source of a reporting frame governing the trigger ("This was stated by X"). */
  private static Optional<Voice> frameVoice(DocContext ctx, int start, int end) {
    for (AttributionCue c : ctx.analyzed().cuesGoverning(ctx.original(start, end))) {
      if (c instanceof AttributionCue.ReportingFrame f && f.source() != null) {
        Optional<Voice> v = VoiceResolver.voiceOf(f.source());
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  /** The speaker of a reporting clause that closes the sentence after the trigger. */
  private static Optional<Voice> trailingReporter(DocContext ctx, int end, int to) {
    Matcher m = TRAILING_REPORT.matcher(ctx.text()).region(end, to);
    if (!m.find()) {
      return Optional.empty();
    }
    int g = m.group(1) != null ? 1 : 2;
    if (ctx.quotationAt(m.start(g)).isPresent()) {
      return Optional.empty();
    }
    return VoiceResolver.voiceBefore(ctx, m.start(g), m.end(g));
  }

  private static int lastReportingVerb(String text, int from, int to) {
    return lastStart(REPORTING, text, from, to);
  }

  /** Where the last match of {@code pattern} in {@code text[from, to)} starts, or -1. */
  static int lastStart(Pattern pattern, String text, int from, int to) {
    Matcher m = pattern.matcher(text).region(from, to);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }
}
