package org.parley.extract.context;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The party behind a document that a sentence makes the subject of a stance: "the document demands
 * that ...", "It also calls for ...", "According to the memorandum, ...". The document is found by
 * looking back through the last few sentences for a document word ("memorandum", "draft", "plan",
 * "proposal") and its owner is read from that mention: a possessive ("Ukraine's own memorandum"),
 * an adjective ("the Russian draft"), an agent ("released by the Russian foreign ministry") or the
 * subject of the sentence that introduced it ("The Russian delegation handed over a memorandum").
 * Stateless.
 */
final class DocumentVoices {
  private static final String NOUNS =
      "(?:documents?|memorand(?:um|a)|memo|drafts?|plan|proposals?|texts?|paper|letter|roadmap"
          + "|framework|blueprint|declaration|communiqu[eé]|terms)";
  private static final Pattern NOUN =
      Pattern.compile("\\b" + NOUNS + "\\b", Pattern.CASE_INSENSITIVE);

  /** The document as the subject just before a stance word. */
  private static final Pattern SUBJECT =
      Pattern.compile(
          "(?:\\b(?i:the|this|that|its|their)\\s+(?:[\\w-]+\\s+){0,2}(?i:"
              + NOUNS
              + ")|^\\s*It)(?:,[^,]{1,80},)?\\s+(?:(?i:also|further|then|now|even)\\s+)?$");

  private static final Pattern ACCORDING =
      Pattern.compile(
          "\\b(?:according to|under|in) (?:the|this|that|its|their) (?:[\\w-]+ ){0,2}"
              + NOUNS
              + "\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OWNER_GAP =
      Pattern.compile(
          "^(?:'s?|s')?\\s*(?:(?:own|new|latest|draft|peace|written|formal)\\s+){0,2}$");
  private static final Pattern BY_AFTER =
      Pattern.compile(
          "^\\s+(?:[\\w-]+\\s+){0,3}?(?:by|from)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

  /** How many sentences back the document may have been introduced. */
  private static final int LOOK_BACK = 4;

  private DocumentVoices() {}

  /**
   * The voice of the document that is the subject of the stance at {@code start} in sentence [from,
   * to), or empty when the stance is not a document's.
   */
  static Optional<Voice> of(DocContext ctx, int from, int start) {
    String before = ctx.text().substring(from, start);
    Matcher subject = SUBJECT.matcher(before);
    Matcher according = ACCORDING.matcher(before);
    int at;
    if (subject.find()) {
      at = from + subject.start();
    } else if (according.find()) {
      at = from + according.end(); // the document word itself may name its owner after it
    } else {
      return Optional.empty();
    }
    return ownerBefore(ctx, at);
  }

  /** The owner of the nearest document word before {@code at}, within a few sentences. */
  private static Optional<Voice> ownerBefore(DocContext ctx, int at) {
    int sentence = ctx.sentenceAt(at);
    for (int s = sentence; s >= 0 && s > sentence - LOOK_BACK; s--) {
      int from = ctx.sentenceStart(s);
      int to = s == sentence ? at : ctx.sentenceEnd(s);
      Matcher m = NOUN.matcher(ctx.text()).region(from, to);
      int last = -1;
      int lastEnd = -1;
      while (m.find()) {
        last = m.start();
        lastEnd = m.end();
      }
      if (last >= 0) {
        Optional<Voice> owner = owner(ctx, from, ctx.sentenceEnd(s), last, lastEnd);
        if (owner.isPresent()) {
          return owner;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Voice> owner(DocContext ctx, int from, int to, int start, int end) {
    String text = ctx.text();
    List<PlacedMention> before = ctx.mentionsIn(Math.max(from, start - 50), start);
    if (!before.isEmpty()) {
      PlacedMention last = before.get(before.size() - 1);
      if (OWNER_GAP.matcher(text.substring(last.end(), start)).find()) {
        Optional<Voice> v = VoiceResolver.voiceOfMention(ctx, last);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    for (PlacedMention next : ctx.mentionsIn(end, Math.min(to, end + 60))) {
      if (BY_AFTER.matcher(text.substring(end, next.start())).find()) {
        Optional<Voice> v = VoiceResolver.voiceOfMention(ctx, next);
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return VoiceResolver.voiceBefore(ctx, from, start);
  }
}
