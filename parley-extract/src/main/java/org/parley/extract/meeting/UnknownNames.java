package org.parley.extract.meeting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.kb.Alias;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Person;
import org.parley.language.text.Word;
import org.parley.model.ActorId;

/**
 * People the knowledge base does not know, named in a sentence outside every mention: a run of two
 * or more capitalised words after the titles that precede it ("Sir Timothy Barrow", "his Egyptian
 * counterpart, Sameh Shoukry"), none of them a name the knowledge base knows or a word of an
 * institution's name. Each is identified by the ascii slug of the last word (the contract's person
 * id) and counts as a party of its own. Stateless.
 */
final class UnknownNames {
  private static final Set<String> TITLES =
      FunctionWords.words(
          "sir mr mrs ms dr president prime minister foreign chancellor secretary "
              + "general ambassador head deputy vice director political king queen emir "
              + "crown prince federal senator envoy special representative commissioner "
              + "chairman chair speaker governor mayor sheikh pope adviser advisor chief "
              + "spokesman spokeswoman extraordinary plenipotentiary lord lady madam state "
              + "defence defense national security first acting former during with and "
              + "after before on in at the a an his her their our its but when while as by "
              + "for of to");
  private static final Set<String> INSTITUTIONS =
      FunctionWords.words(
          "office ministry council commission institute union committee department "
              + "agency assembly parliament forum summit conference partnership dialogue "
              + "group organization organisation house fund bank court republic kingdom "
              + "states nations federation sea region oblast university party army forces "
              + "guard service centre center foundation association corporation company "
              + "airport square street palace station plant format four seven day war "
              + "ministers development commonwealth strategic stability peace affairs minsk "
              + "nord stream black cabinet verkhovna rada duma economic cooperation "
              + "integration european atlantic investment humanitarian international global "
              + "world climate change nuclear energy trade democracy leaders national "
              + "command navy air congress authorities local regional municipal city");

  /** Lower-case words inside Arabic names. */
  private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint");

  /** The articles a contract person id keeps before a surname ("al-thani"). */
  private static final Set<String> ARTICLES = Set.of("al", "el");

  private final KnowledgeBase kb;

  UnknownNames(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The unknown people named in the words {@code ws} of sentence [from, to). */
  List<Party> of(DocContext ctx, List<Word> ws, int from, int to) {
    List<PlacedMention> mentions = ctx.mentionsIn(from, to);
    List<Party> out = new ArrayList<>();
    int k = 0;
    while (k < ws.size()) {
      int end = k;
      while (end < ws.size()
          && (isNameWord(ws.get(end), mentions) || isParticle(ws, end, k, mentions))) {
        end++;
      }
      if (end > k) {
        name(ws, k, end).ifPresent(out::add);
        k = end;
      } else {
        k++;
      }
    }
    return out;
  }

  /**
   * The person a run of capitalised words [from, to) names, read after its last institution or
   * title word: a person the knowledge base knows by the surname (a full name it lacks: "Jacob
   * Sullivan"), else an unknown person with two names or more.
   */
  private Optional<Party> name(List<Word> ws, int from, int to) {
    int k = afterTitles(ws, from, to);
    if (to - k < 2 || (k == from && from > 0 && ws.get(from - 1).key().equals("the"))) {
      return Optional.empty();
    }
    Word last = ws.get(to - 1);
    for (Alias a : kb.readings(last.raw())) {
      if (a.entry() instanceof Person p) {
        return Optional.of(new Party(ws.get(k).start(), last.end(), p.id(), p.party(), "person"));
      }
    }
    for (int n = k; n < to; n++) {
      if (!kb.readings(ws.get(n).raw()).isEmpty()) {
        return Optional.empty();
      }
    }
    return unknown(ws, k, to);
  }

  /** The first word of [from, to) after its last institution or title word. */
  private static int afterTitles(List<Word> ws, int from, int to) {
    int k = from;
    for (int n = from; n < to; n++) {
      String key = ws.get(n).key();
      if (INSTITUTIONS.contains(key) || TITLES.contains(key)) {
        k = n + 1;
      }
    }
    return k;
  }

  /**
   * The person words [k, to) name when no word of them is known to the knowledge base: its id the
   * surname's slug (with an article before it: "al-thani").
   */
  private Optional<Party> unknown(List<Word> ws, int k, int to) {
    Word last = ws.get(to - 1);
    String slug = slug(last.raw());
    if (to - k >= 3 && ARTICLES.contains(ws.get(to - 2).key())) {
      slug = ws.get(to - 2).key() + "-" + slug; // "Al Thani": the contract's id keeps the article
    }
    if (slug.length() < 2 || !ActorId.isValid(slug)) {
      return Optional.empty();
    }
    ActorId id = ActorId.of(slug);
    Optional<Person> known = kb.person(id);
    if (known.isPresent()) {
      return Optional.of(
          new Party(ws.get(k).start(), last.end(), id, known.get().party(), "person"));
    }
    return Optional.of(new Party(ws.get(k).start(), last.end(), id, id, "name"));
  }

  /**
   * Whether word {@code n} is a lower-case particle inside a name begun at {@code from} ("bin",
   * "al" in "Tamim bin Hamad al Thani"): a name word stands before it and after it.
   */
  private static boolean isParticle(List<Word> ws, int n, int from, List<PlacedMention> mentions) {
    return n > from
        && n + 1 < ws.size()
        && PARTICLES.contains(ws.get(n).raw())
        && isNameWord(ws.get(n + 1), mentions);
  }

  private static boolean isNameWord(Word w, List<PlacedMention> mentions) {
    if (!w.isCapitalized()
        || !w.isAlphanumeric()
        || w.raw().length() < 2
        || w.hyphenated()
        || w.raw().equals(w.raw().toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (PlacedMention m : mentions) {
      if (m.start() < w.end() && w.start() < m.end()) {
        return false;
      }
    }
    return true;
  }

  static String slug(String surname) {
    String ascii = Normalizer.normalize(surname, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
  }
}
