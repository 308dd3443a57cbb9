package org.parley.extract.claim;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.extract.context.SentenceWords;
import org.parley.kb.KnowledgeBase;
import org.parley.language.coref.Referent;

/**
 * What a document says about a quotation's speaker: what kind of speaker it is (a person the
 * knowledge base knows, one it lacks, a party or body, an unnamed source) and the words that
 * introduce the person (the role and appositive of their first mention), among them those that mark
 * someone who does not speak for a party ("analyst", "professor", "former", a company's "chief
 * executive").
 */
record SpeakerProfile(String kind, List<String> introduction, List<String> outsiderWords) {
  /** Words after a person's first mention that describe them (the appositive). */
  private static final int INTRODUCTION = 12;

  /** Stems of words that introduce someone who does not speak for a party. */
  private static final Set<String> OUTSIDERS =
      Set.of(
          "analyst",
          "expert",
          "professor",
          "fellow",
          "research",
          "institut",
          "univers",
          "former",
          "retir",
          "resid",
          "student",
          "businessman",
          "execut",
          "compani",
          "ceo",
          "founder",
          "author",
          "columnist",
          "commentat",
          "journalist",
          "editor",
          "lawyer",
          "volunt",
          "campaign",
          "activist",
          "economist",
          "scholar",
          "think",
          "tank",
          "lectur",
          "consult",
          "investor",
          "sharehold",
          "brand",
          "player",
          "singer",
          "actor");

  SpeakerProfile {
    introduction = List.copyOf(introduction);
    outsiderWords = List.copyOf(outsiderWords);
  }

  /** The profile of the speaker {@code r} in {@code ctx}. */
  static SpeakerProfile of(DocContext ctx, SpeakerMentions mentions, Referent r, KnowledgeBase kb) {
    String kind;
    if (r.person() != null) {
      kind = kb.person(r.person()).isPresent() ? "kb-person" : "new-person";
    } else {
      kind = r.named() ? "party" : "source";
    }
    List<String> intro = introduction(ctx, mentions, r);
    return new SpeakerProfile(kind, intro, intro.stream().filter(OUTSIDERS::contains).toList());
  }

  /** Whether the speaker is a person the knowledge base lacks, introduced as an outsider. */
  boolean isNewOutsider() {
    return kind.equals("new-person") && !outsiderWords.isEmpty();
  }

  private static List<String> introduction(DocContext ctx, SpeakerMentions mentions, Referent r) {
    if (r.person() == null) {
      String d = r.description().toLowerCase(Locale.ROOT);
      return SentenceWords.of(d, 0, d.length()).stems();
    }
    PlacedMention first = mentions.firstOf(r.person());
    if (first == null) {
      return List.of();
    }
    int end = Math.min(ctx.sentenceEnd(ctx.sentenceAt(first.start())), first.end() + 120);
    List<String> stems = SentenceWords.of(ctx.text(), first.start(), end).stems();
    return stems.subList(0, Math.min(stems.size(), INTRODUCTION));
  }
}
