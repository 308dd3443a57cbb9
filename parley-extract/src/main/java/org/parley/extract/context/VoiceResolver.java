package org.parley.extract.context;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.language.coref.Referent;
import org.parley.language.mention.MentionKind;
import org.parley.language.mention.OutletMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.model.ActorId;

/**
 * Finds who voices a stance at a place in a sentence (normalised offsets): the speaker of the
 * quotation it stands in; else a possessive or "by"/"of" phrase on the trigger ("Moscow's demands",
 * "a demand by Putin", "demands that Moscow has stated"); else the subject of a reporting verb
 * before it ("Putin, who said Kyiv would need to ..."), for obligations ("must", "need to") whose
 * own subject is then the addressee; else the nearest party or person before it in its clause that
 * is not the object of a preposition. Stateless.
 */
public final class VoiceResolver {
  private static final Pattern SAY_BEFORE =
      Pattern.compile(
          "\\b(?:said|says|say|added|stressed|noted|emphasi[sz]ed|insisted|argued|warned|believes?"
              + "|thinks?|claimed|claims|declared|stated|explained|wrote|hopes?|fears?)\\s+(?:that\\s+)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile(
          "\\b(?:with|to|from|for|against|on|by|in|of|at|between|about|over|into|toward|towards"
              + "|upon|among|without|than)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private static final java.util.Set<String> SUBJECT_PRONOUNS =
      java.util.Set.of("he", "she", "they");

  /** How far before a stance word its subject may stand when no reporting verb frames it. */
  private static final int SUBJECT_REACH = 90;

  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:we|We|I)\\b");
  private static final Pattern NOUN_BEFORE =
      Pattern.compile(
          "(?:\\b(?:a|an|the|its|his|her|their|our|these|those|such|of|new|main|key|latest|"
              + "earlier|previous|\\d{4})|'s?)\\s+(?:[a-z-]+\\s+)?$");
  private static final Pattern AFTER_TRIGGER =
      Pattern.compile(
          "^\\s*(?:(?:made |issued |voiced |set |put forward )?(?:by|of|from)\\s+|that\\s+|which\\s+)",
          Pattern.CASE_INSENSITIVE);

  /**
   * The voice of a stance triggered at [start, end) in sentence [from, to); {@code obligation} when
   * the trigger is a modal of obligation, whose subject is the addressee, not the holder.
   */
  public Optional<Voice> resolve(
      DocContext ctx, int from, int to, int start, int end, boolean obligation) {
    Optional<Voice> quoted = quotationVoice(ctx, start);
    if (quoted.isPresent()) {
      return quotedVoice(ctx, from, start, quoted.get(), obligation);
    }
    Optional<Voice> document = DocumentVoices.of(ctx, from, start);
    if (document.isPresent()) {
      return document;
    }
    if (!obligation) {
      Optional<Voice> attached = attachedVoice(ctx, start, end, to);
      if (attached.isPresent()) {
        return attached;
      }
    }
    ReportingVoices.Reporter reporter =
        ReportingVoices.reporter(ctx, new int[] {from, to, start, end}, obligation);
    int subjectFrom = reporter.verb() >= 0 ? reporter.verb() : clauseStart(ctx, from, start);
    if (obligation) {
      ActorId addressee = subjectBefore(ctx, subjectFrom, start).orElse(null);
      return reporter.voice().map(v -> v.withAddressee(addressee));
    }
    Optional<Voice> subject =
        voiceBefore(ctx, Math.max(subjectFrom, clauseStart(ctx, from, start)), start);
    return subject.isPresent() ? subject : reporter.voice();
  }

  /**
   * The voice of a stance inside a quotation: its speaker, unless a party is named just before the
   * trigger in its clause; for an obligation, the speaker with the subject before it as addressee.
   */
  private static Optional<Voice> quotedVoice(
      DocContext ctx, int from, int start, Voice quoted, boolean obligation) {
    if (obligation) {
      ActorId addressee = subjectBefore(ctx, from, start).orElse(null);
      return Optional.of(quoted.withAddressee(addressee));
    }
    Optional<Voice> named =
        voiceBefore(ctx, Math.max(clauseStart(ctx, from, start), start - 40), start);
    return named.isPresent() ? named : Optional.of(quoted);
  }

  /**
   * Who "we" is in an official transcript outside quotation marks: the head in office of the press
   * office that publishes it (the knowledge base's {@code heads=}); nobody elsewhere.
   */
  public static Optional<Voice> principalVoice(DocContext ctx) {
    return ctx.publisher()
        .flatMap(
            office ->
                office
                    .head(ctx.document().date())
                    .map(head -> new Voice(office.party(), head.value(), null)));
  }

  /** A party named right before the stance word, with at most adverbs between ("Russia wants"). */
  private static Optional<Voice> adjacentSubject(DocContext ctx, int from, int start) {
    List<PlacedMention> ms = ctx.mentionsIn(Math.max(from, start - 40), start);
    if (ms.isEmpty()) {
      return Optional.empty();
    }
    PlacedMention last = ms.get(ms.size() - 1);
    String gap = ctx.text().substring(last.end(), start);
    if (!gap.matches("(?i)\\s*(?:(?:\\w+ly|also|still|now|again|too)\\s+)*")
        || !isVoiceCandidate(last)) {
      return Optional.empty();
    }
    return voiceOfMention(ctx, last);
  }

  private static Optional<Voice> quotationVoice(DocContext ctx, int at) {
    Optional<Quotation> q = ctx.quotationAt(at);
    if (q.isEmpty() || !(q.get().speaker() instanceof Speaker.Known k)) {
      return Optional.empty();
    }
    return voiceOf(k.referent());
  }

  private static Optional<Voice> attachedVoice(DocContext ctx, int start, int end, int to) {
    List<PlacedMention> before = ctx.mentionsIn(Math.max(0, start - 60), start);
    if (!before.isEmpty()) {
      PlacedMention last = before.get(before.size() - 1);
      String gap = ctx.text().substring(last.end(), start);
      if (gap.matches(
              "(?:'s?|s')?\\s*(?:(?:latest|new|main|key|first|\\d{4}|previous|earlier"
                  + "|initial|full|formal|original|territorial|maximalist|own)\\s+){0,3}")
          && ctx.text()
              .substring(last.start(), last.end() + Math.min(2, gap.length()))
              .contains("'")) {
        return voiceOfMention(ctx, last);
      }
    }
    String trigger = ctx.text().substring(start, end);
    if (trigger.matches("(?is).*\\b(?:of|by|from)$")) {
      List<PlacedMention> next = ctx.mentionsIn(end, Math.min(to, end + 50));
      if (!next.isEmpty() && next.get(0).start() - end <= 6) {
        return voiceOfMention(ctx, next.get(0));
      }
    }
    List<PlacedMention> inside = ctx.mentionsIn(start, end);
    if (!inside.isEmpty()) {
      return voiceOfMention(ctx, inside.get(0));
    }
    String after = ctx.text().substring(end, Math.min(to, end + 40));
    Matcher m = AFTER_TRIGGER.matcher(after);
    if (m.find()
        && (!m.group().strip().toLowerCase(java.util.Locale.ROOT).startsWith("that")
            || isNoun(ctx.text(), start, end))) {
      List<PlacedMention> next = ctx.mentionsIn(end + m.end(), Math.min(to, end + m.end() + 40));
      if (!next.isEmpty() && next.get(0).start() - (end + m.end()) <= 4) {
        return voiceOfMention(ctx, next.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * The nearest party, person, source or pronoun in [from, to) that is not a prepositional object.
   */
  static Optional<Voice> voiceBefore(DocContext ctx, int from, int to) {
    int firstPerson = ReportingVoices.lastStart(FIRST_PERSON, ctx.text(), from, to);
    if (firstPerson >= 0 && ctx.quotationAt(to).isEmpty()) {
      return principalVoice(ctx);
    }
    List<PlacedMention> ms = ctx.mentionsIn(from, to);
    List<PlacedReferent> ps = ctx.pronounsIn(from, to);
    int pi = ps.size() - 1;
    for (int i = ms.size() - 1; i >= -1; i--) {
      int mentionStart = i >= 0 ? ms.get(i).start() : -1;
      while (pi >= 0 && ps.get(pi).start() > mentionStart) {
        PlacedReferent p = ps.get(pi--);
        String form = ctx.text().substring(p.start(), p.end()).toLowerCase(java.util.Locale.ROOT);
        if (SUBJECT_PRONOUNS.contains(form) && !isPrepositional(ctx.text(), from, p.start())) {
          Optional<Voice> v = voiceOf(p.referent());
          if (v.isPresent()) {
            return v;
          }
        }
      }
      if (i < 0) {
        break;
      }
      PlacedMention m = ms.get(i);
      if (isPrepositional(ctx.text(), from, m.start())
          || !isVoiceCandidate(m)
          || isObject(ctx, m)) {
        continue;
      }
      Optional<Voice> v = voiceOfMention(ctx, m);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  private static Optional<ActorId> subjectBefore(DocContext ctx, int from, int to) {
    return voiceBefore(ctx, from, to).map(Voice::holder);
  }

  private static boolean isVoiceCandidate(PlacedMention m) {
    return !(m.mention() instanceof RegionMention)
        && !(m.mention() instanceof OutletMention)
        && m.mention().kind() != MentionKind.REGION;
  }

  /** Whether a mention is the object of a verb or preposition ("hosted Zelensky", "told Trump"). */
  private static boolean isObject(DocContext ctx, PlacedMention m) {
    String before = ctx.text().substring(Math.max(0, m.start() - 24), m.start());
    if (SAY_BEFORE.matcher(before).find()) {
      return false; // "says Kyiv will not ...": the subject of the reported clause
    }
    String tag = ctx.posBefore(m.start());
    return tag.equals("VERB") || tag.equals("ADP");
  }

  private static boolean isPrepositional(String text, int from, int start) {
    String before = text.substring(Math.max(from, start - 20), start);
    return PREPOSITION_BEFORE.matcher(before).find();
  }

  static Optional<Voice> voiceOfMention(DocContext ctx, PlacedMention m) {
    return ctx.referent(m.mention()).flatMap(VoiceResolver::voiceOf);
  }

  static Optional<Voice> voiceOf(Referent r) {
    if (r.holder() == null) {
      return Optional.empty();
    }
    String agent = r.person() != null ? r.person().value() : r.named() ? null : r.description();
    return Optional.of(new Voice(r.holder(), agent, null));
  }

  /**
   * Whether the trigger at {@code start} is a noun ("a litany of demands that ..."), not a verb.
   */
  private static boolean isNoun(String text, int start, int end) {
    String trigger = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    if (trigger.matches("(?:a|an|the)\\b.*|.*\\b(?:demands|conditions|list|requirements)")) {
      return true;
    }
    String before =
        text.substring(Math.max(0, start - 25), start).toLowerCase(java.util.Locale.ROOT);
    return NOUN_BEFORE.matcher(before).find();
  }

  private static int clauseStart(DocContext ctx, int from, int at) {
    return Clauses.around(ctx.text(), from, Math.max(at, from), at)[0];
  }

  /** The addressee named right after a trigger ("demands that X", "called on X", "urged X"). */
  public @Nullable ActorId addresseeAfter(DocContext ctx, int end, int to) {
    String after = ctx.text().substring(end, Math.min(to, end + 12));
    Matcher m =
        Pattern.compile("^\\s*(?:that|on|upon|to)?\\s*(?:the\\s+)?", Pattern.CASE_INSENSITIVE)
            .matcher(after);
    int at = m.find() ? end + m.end() : end;
    List<PlacedMention> next = ctx.mentionsIn(at, Math.min(to, at + 60));
    if (next.isEmpty() || next.get(0).start() - at > 2) {
      return null;
    }
    return ctx.referent(next.get(0).mention()).map(Referent::holder).orElse(null);
  }
}
