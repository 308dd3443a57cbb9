package org.parley.extract.position;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.extract.context.CollectiveVoices;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.context.PlacedReferent;
import org.parley.extract.context.Voice;
import org.parley.extract.context.VoiceResolver;
import org.parley.language.coref.Referent;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.model.ActorId;

/**
 * The parties that may voice a position in one sentence, with the cues that make each a candidate:
 * parties and their people named there (as subject or after a preposition), pronouns standing for
 * them, the speaker of a quotation the sentence holds, the office that publishes the document, the
 * first person and a collective subject ("the two leaders"). Stateless.
 */
public final class HolderCandidates {
  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile(
          "\\b(?:with|to|from|for|against|on|by|in|of|at|between|about|over|into|toward|towards"
              + "|upon|among|without|than|under|after|before|during|including)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** The look-ahead (the first letters of the words) changes no match; it spares the rest. */
  private static final Pattern FIRST_PERSON =
      Pattern.compile("(?=[wWoOuImM])\\b(?:we|We|our|Our|us|I|my|My)\\b");

  /** The candidates of sentence {@code i}, in order of first appearance. */
  public List<HolderCandidate> of(DocContext ctx, int i) {
    Map<ActorId, Builder> found = new LinkedHashMap<>();
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    mentions(ctx, from, to, found);
    pronouns(ctx, from, to, found);
    Optional<Quotation> quoted = speakers(ctx, i, found);
    Optional<Voice> house = VoiceResolver.principalVoice(ctx);
    house.ifPresent(v -> add(found, v.holder(), v.agent(), HolderCue.HOUSE, -1, -1));
    if (FIRST_PERSON.matcher(ctx.text().substring(from, to)).find()) {
      firstPerson(ctx, from, quoted, house, found);
    }
    if (CollectiveVoices.SUBJECT.matcher(ctx.text().substring(from, to)).find()) {
      collective(ctx, found);
    }
    List<HolderCandidate> out = new ArrayList<>();
    found.forEach(
        (holder, b) -> out.add(new HolderCandidate(holder, b.agent, b.cues, b.at, b.end)));
    return out;
  }

  private static void mentions(DocContext ctx, int from, int to, Map<ActorId, Builder> found) {
    boolean subjectSeen = false;
    for (PlacedMention pm : ctx.mentionsIn(from, to)) {
      if (!CollectiveVoices.isParty(pm)) {
        continue;
      }
      Referent r = ctx.referent(pm.mention()).orElse(null);
      if (r == null || r.holder() == null) {
        continue;
      }
      String before = ctx.text().substring(Math.max(from, pm.start() - 24), pm.start());
      boolean object = endsInSpace(before) && PREPOSITION_BEFORE.matcher(before).find();
      HolderCue cue =
          object ? HolderCue.OBJECT : subjectSeen ? HolderCue.MENTION : HolderCue.SUBJECT;
      subjectSeen |= !object;
      Builder b =
          add(
              found,
              r.holder(),
              CollectiveVoices.agentOf(r),
              HolderCue.MENTION,
              pm.start(),
              pm.end());
      b.cues.add(cue);
    }
  }

  private static void pronouns(DocContext ctx, int from, int to, Map<ActorId, Builder> found) {
    for (PlacedReferent p : ctx.pronounsIn(from, to)) {
      Referent r = p.referent();
      if (r.holder() != null) {
        Builder b =
            add(
                found,
                r.holder(),
                CollectiveVoices.agentOf(r),
                HolderCue.PRONOUN,
                p.start(),
                p.end());
        if (ctx.text().substring(from, p.start()).isBlank()) {
          b.cues.add(HolderCue.SUBJECT);
        }
      }
    }
  }

  private static Optional<Quotation> speakers(DocContext ctx, int i, Map<ActorId, Builder> found) {
    Optional<Quotation> first = Optional.empty();
    for (Quotation q : ctx.analyzed().quotationsIn(ctx.sentenceSpan(i))) {
      if (q.speaker() instanceof Speaker.Known k && k.referent().holder() != null) {
        add(
            found,
            k.referent().holder(),
            CollectiveVoices.agentOf(k.referent()),
            HolderCue.SPEAKER,
            -1,
            -1);
        if (first.isEmpty()) {
          first = Optional.of(q);
        }
      }
    }
    return first;
  }

  private static void firstPerson(
      DocContext ctx,
      int from,
      Optional<Quotation> quoted,
      Optional<Voice> house,
      Map<ActorId, Builder> found) {
    if (quoted.isPresent() && quoted.get().speaker() instanceof Speaker.Known k) {
      found.get(k.referent().holder()).cues.add(HolderCue.FIRST_PERSON);
    } else if (house.isPresent() && ctx.quotationAt(from).isEmpty()) {
      found.get(house.get().holder()).cues.add(HolderCue.FIRST_PERSON);
    }
  }

  private static void collective(DocContext ctx, Map<ActorId, Builder> found) {
    for (Voice v : CollectiveVoices.opening(ctx)) {
      add(found, v.holder(), v.agent(), HolderCue.COLLECTIVE, -1, -1);
    }
  }

  private static Builder add(
      Map<ActorId, Builder> found,
      ActorId holder,
      @Nullable String agent,
      HolderCue cue,
      int at,
      int end) {
    Builder b = found.computeIfAbsent(holder, h -> new Builder());
    b.cues.add(cue);
    if (b.agent == null) {
      b.agent = agent;
    }
    if (b.at < 0) {
      b.at = at;
      b.end = end;
    }
    return b;
  }

  /** A candidate being gathered. */
  /**
   * Whether {@code s} ends in a space ({@code \\s}) or a line terminator (where {@code $} also
   * matches before): every match of {@link #PREPOSITION_BEFORE} does, so the search is spared
   * elsewhere.
   */
  private static boolean endsInSpace(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == 0x0B
        || c == '\f'
        || c == '\r'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  private static final class Builder {
    private final Set<HolderCue> cues = EnumSet.noneOf(HolderCue.class);
    private @Nullable String agent;
    private int at = -1;
    private int end = -1;
  }
}
