package org.parley.language.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.kb.Actor;
import org.parley.kb.KbEntry;
import org.parley.kb.KnowledgeBase;
import org.parley.model.RegionId;

/**
 * Coordinated lists of regions read as one group mention with its members ("Donetsk, Kherson and
 * Zaporizhzhia", "the Kharkiv, Sumy, and Dnipropetrovsk regions"). A plural head after the list is
 * distributed over the members before lookup ("Kyiv" + "regions" is the Kyiv region, UA-32;
 * "Donetsk and Lugansk people's republics" are the DPR and LPR, read as their territory).
 */
final class RegionGroups {
  private RegionGroups() {}

  static void group(WordWindow w, KnowledgeBase kb) {
    List<Mention> sorted = new ArrayList<>(w.mentions());
    sorted.sort(Comparator.comparingInt(m -> m.span().start()));
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = chainEnd(w, sorted, i);
      if (j - i >= 2) {
        out.add(build(w, kb, sorted.subList(i, j)));
        i = j;
      } else {
        out.add(sorted.get(i));
        i++;
      }
    }
    w.replace(out);
  }

  private static int chainEnd(WordWindow w, List<Mention> ms, int i) {
    if (!isMember(ms.get(i))) {
      return i + 1;
    }
    int j = i + 1;
    while (j < ms.size()
        && isMember(ms.get(j))
        && onlySeparators(w, ms.get(j - 1), ms.get(j))
        && !possessive(w, ms.get(j))) {
      j++;
    }
    boolean anyRegion = ms.subList(i, j).stream().anyMatch(m -> m instanceof RegionMention);
    return anyRegion ? j : i + 1;
  }

  /** "Kyiv's envoy": a possessive name is a party, not a member of a list of places. */
  private static boolean possessive(WordWindow w, Mention m) {
    String text = w.text().aligned().original();
    int end = m.span().end();
    return end + 1 < text.length()
        && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == ' ');
  }

  private static boolean isMember(Mention m) {
    return switch (m) {
      case RegionMention r -> r.reading() != RegionReading.COUNTRY && r.members().isEmpty();
      case ActorMention a -> !a.regions().isEmpty() && !a.regions().get(0).isCountry();
      default -> false;
    };
  }

  private static boolean onlySeparators(WordWindow w, Mention a, Mention b) {
    String between =
        w.text().aligned().original().substring(a.span().end(), b.span().start()).strip();
    return between.equals(",")
        || between.equals("and")
        || between.equals(", and")
        || between.equals("or")
        || between.equals(", or")
        || between.equals("&");
  }

  private static RegionMention build(WordWindow w, KnowledgeBase kb, List<Mention> chain) {
    Mention last = chain.get(chain.size() - 1);
    int lastWord = wordAfter(w, last);
    String head = w.key(lastWord);
    boolean republics = head.equals("people") && w.key(lastWord + 2).equals("republics");
    int headEnd = republics ? lastWord + 3 : Lexicon.LIST_HEADS.contains(head) ? lastWord + 1 : -1;
    List<RegionMention> members = new ArrayList<>();
    for (Mention m : chain) {
      members.add(member(kb, m, headEnd < 0 ? null : republics ? "People's Republic" : "region"));
    }
    int firstWord = w.wordAt(w.text().aligned().toNormalized(chain.get(0).span().start()));
    int startWord = firstWord > 0 && w.key(firstWord - 1).equals("the") ? firstWord - 1 : firstWord;
    var start = w.span(startWord, startWord + 1).start();
    var end = headEnd < 0 ? last.span().end() : w.span(headEnd - 1, headEnd).end();
    var span = new org.parley.model.Span(start, end);
    List<RegionId> all = members.stream().flatMap(m -> m.regions().stream()).toList();
    return new RegionMention(
        span, w.text().aligned().originalText(span), all, RegionReading.GROUP, null, members);
  }

  private static Mention withoutArticle(Mention m) {
    if (!m.text().regionMatches(true, 0, "the ", 0, 4)) {
      return m;
    }
    var span = new org.parley.model.Span(m.span().start() + 4, m.span().end());
    String text = m.text().substring(4);
    return switch (m) {
      case RegionMention r ->
          new RegionMention(span, text, r.regions(), r.reading(), r.entry(), r.members());
      case ActorMention a ->
          new ActorMention(span, text, a.holder(), a.form(), a.locative(), a.regions());
      default -> m;
    };
  }

  private static int wordAfter(WordWindow w, Mention m) {
    return w.wordAt(w.text().aligned().toNormalized(m.span().end()));
  }

  private static RegionMention member(KnowledgeBase kb, Mention full, @Nullable String head) {
    Mention m = withoutArticle(full);
    String name = m.text();
    if (head != null) {
      for (KbEntry e : kb.find(name + " " + head)) {
        List<RegionId> regions = e instanceof Actor a ? a.territory() : kb.expand(e.key());
        if (!regions.isEmpty()) {
          return new RegionMention(
              m.span(), m.text(), regions, RegionReading.REGION, e.key(), List.of());
        }
      }
    }
    return switch (m) {
      case RegionMention r -> r;
      default ->
          new RegionMention(m.span(), m.text(), m.regions(), RegionReading.CITY, null, List.of());
    };
  }
}
