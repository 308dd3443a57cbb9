package org.parley.language.cue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.language.coref.Coreference;
import org.parley.language.coref.Referent;
import org.parley.language.mention.Mention;
import org.parley.language.mention.RoleMention;
import org.parley.language.mention.SourceMention;
import org.parley.language.text.SentencedText;

/**
 * Post-posed frames of an unnamed source: "…, one of the officials said.", "…, the officials
 * said.", "…, a person familiar with the matter said." The content before the comma is relayed, so
 * the frame ({@link FrameKind#SAID}) governs it with the source phrase and makes its claims
 * reported. A sentence whose content quotes the source ("\"Whatever helps,\" the official said.",
 * "Russia must achieve \"further objectives\", the official said.") gets no frame: the source
 * speaks on its own account, and its quoted words are its own statement. Stateless.
 */
final class SourceFrames {
  /** A reporting verb closing the sentence, with at most a few words after it. */
  private static final Pattern CLOSING_VERB =
      Pattern.compile(
          "^(?:,[^,\"“”]{0,80},)?\\s*(?:also |later |have |has |had )?(?:said|say|says|told|added"
              + "|noted|explained|cautioned|warned|stressed|insisted|acknowledged|confirmed"
              + "|suggested|claimed|believe|believes)\\b(?<rest>[^\"“”]{0,50}"
              + "|,? adding that [^\"“”]{0,160})$");

  private static final Set<String> SOURCE_HEADS =
      Set.of(
          "official",
          "officials",
          "source",
          "sources",
          "diplomat",
          "diplomats",
          "aide",
          "aides",
          "insider",
          "insiders",
          "person",
          "people",
          "negotiator",
          "negotiators");

  private SourceFrames() {}

  static AttributionCue.@Nullable ReportingFrame find(
      SentencedText text, int s, List<Mention> inSentence, Coreference coref) {
    String norm = text.text();
    int base = text.normStart(s);
    int end = text.normEnd(s);
    for (Mention m : inSentence) {
      int ms = text.aligned().normStart(m.span());
      int me = text.aligned().normEnd(m.span());
      int comma = commaBefore(norm, base, ms);
      if (comma < 0 || !isUnnamedSource(m, coref)) {
        continue;
      }
      Matcher v = CLOSING_VERB.matcher(norm.substring(me, end).replaceFirst("\\.\\s*$", ""));
      if (!v.find()) {
        continue;
      }
      if (hasQuotation(norm.substring(base, ms))) {
        return null;
      }
      // "…, a senior official said, adding that …": what follows is relayed as well
      int to = v.group("rest").toLowerCase(Locale.ROOT).contains(" that ") ? end : comma;
      Referent ref = coref.referentOf(m).orElse(null);
      String phrase = ref != null && !ref.named() ? ref.description() : m.text();
      return new AttributionCue.ReportingFrame(
          text.span(ms, me + v.end()),
          text.span(base, to),
          FrameKind.SAID,
          ref,
          m instanceof SourceMention sm ? sm.text() : phrase,
          List.of(),
          false);
    }
    return null;
  }

  /** The offset of the comma (or ", closing quote) right before {@code start}, or -1. */
  private static int commaBefore(String norm, int from, int start) {
    int i = start - 1;
    while (i > from && norm.charAt(i) == ' ') {
      i--;
    }
    if (i > from && (norm.charAt(i) == '"' || norm.charAt(i) == '”') && norm.charAt(i - 1) == ',') {
      return i - 1;
    }
    return i > from && norm.charAt(i) == ',' ? i : -1;
  }

  /** Whether the content quotes the source's own words: it then speaks on its own account. */
  private static boolean hasQuotation(String content) {
    return content.indexOf('"') >= 0 || content.indexOf('“') >= 0 || content.indexOf('”') >= 0;
  }

  private static boolean isUnnamedSource(Mention m, Coreference coref) {
    return switch (m) {
      case SourceMention s -> true;
      case RoleMention r -> {
        Referent ref = coref.referentOf(r).orElse(null);
        String head = r.role().substring(r.role().lastIndexOf(' ') + 1);
        yield ref == null ? SOURCE_HEADS.contains(head) : !ref.named();
      }
      default -> false;
    };
  }
}
