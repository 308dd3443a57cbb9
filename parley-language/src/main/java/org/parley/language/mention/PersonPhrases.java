package org.parley.language.mention;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.kb.Alias;
import org.parley.kb.Person;
import org.parley.language.internal.ReportingVerbs;
import org.parley.model.ActorId;

/**
 * Named people: knowledge-base names with the role phrase, honorific or appositive that introduces
 * them read into one mention; people the knowledge base lacks when a role phrase introduces a
 * capitalised name ("UNICEF Ukraine Representative Murat Sahin"); and later bare surnames of
 * either.
 */
final class PersonPhrases {
  private PersonPhrases() {}

  static void find(WordWindow w, Introductions intro) {
    for (int i = 0; i < w.size(); i++) {
      WordWindow.Raw r = w.raw(i);
      if (r != null && r.has(Person.class) && w.isFree(r.start(), r.end())) {
        Person p = choose(w, r, intro);
        if (p != null && acceptsName(w, r, p, intro)) {
          add(w, r.start(), r.end(), p.id(), p.party(), true, intro);
        }
      }
    }
    for (int i = 0; i < w.size(); i++) {
      if (w.isFree(i, i + 1) && w.rawCovering(i) == null && isNameWord(w, i)) {
        i = unknown(w, i, intro);
      }
    }
  }

  /**
   * The person a name denotes; for a shared surname (Kostin, Novak), the one the document has
   * introduced, else the one the role phrase before it fits ("Prosecutor General Kostin").
   */
  private static @Nullable Person choose(WordWindow w, WordWindow.Raw r, Introductions intro) {
    List<Person> people =
        r.readings().stream()
            .map(Alias::entry)
            .filter(Person.class::isInstance)
            .map(Person.class::cast)
            .distinct()
            .toList();
    if (people.size() == 1) {
      return people.get(0);
    }
    Person introduced = people.stream().filter(p -> intro.has(p.id())).findFirst().orElse(null);
    return introduced != null ? introduced : byRole(w, r.start(), people);
  }

  private static @Nullable Person byRole(WordWindow w, int nameStart, List<Person> people) {
    RolePhrases.@Nullable Role role = RolePhrases.before(w, nameStart);
    if (role == null) {
      return null;
    }
    String text = RolePhrases.roleText(w, role.start(), role.end());
    List<Person> fit =
        people.stream()
            .filter(
                p ->
                    role.party() != null
                        ? p.party().equals(role.party())
                        : p.titles().stream()
                            .map(t -> t.toLowerCase(Locale.ROOT))
                            .anyMatch(t -> text.contains(t) || t.contains(text)))
            .toList();
    return fit.size() == 1 ? fit.get(0) : null;
  }

  private static boolean acceptsName(
      WordWindow w, WordWindow.Raw r, Person p, Introductions intro) {
    boolean single = r.end() - r.start() == 1;
    if (!single || !Lexicon.WEAK_SURNAMES.contains(w.key(r.start())) || intro.has(p.id())) {
      return true;
    }
    return r.start() > 0
        && (Lexicon.HONORIFICS.contains(w.key(r.start() - 1))
            || Lexicon.ROLE_HEADS.contains(w.key(r.start() - 1)));
  }

  /** A run of capitalised words not in any dictionary, introduced by a role phrase. */
  private static int unknown(WordWindow w, int i, Introductions intro) {
    PersonMention known = intro.bySurname(w.key(i));
    if (known != null && w.word(i).isCapitalized()) {
      add(w, i, i + 1, known.person(), known.holder(), false, intro);
      return i;
    }
    int end = nameRunEnd(w, i);
    if (end - i < 2 && !(end - i == 1 && isQuoteSpeaker(w, i))) {
      return i;
    }
    int start = i;
    RolePhrases.@Nullable Role role = null;
    for (int k = end - 2; k >= i && k >= end - 3 && role == null; k--) {
      role = roleFor(w, k); // a two-word name after a title, else three words
      start = role != null ? k : start;
    }
    if (role == null && end - start > 3) {
      return end - 1;
    }
    ActorId id = slug(w.key(end - 1));
    if (id == null) {
      return end - 1;
    }
    if (role != null) {
      add(w, start, end, id, role.party(), false, intro);
      return end - 1;
    }
    addIfIntroduced(w, start, end, id, intro);
    return end - 1;
  }

  /** The end of a run of up to five name words from {@code i}, none inside a raw span. */
  private static int nameRunEnd(WordWindow w, int i) {
    int end = i;
    while (end < w.size() && end < i + 5 && isNameWord(w, end) && w.rawCovering(end) == null) {
      end++;
    }
    return end;
  }

  /** Adds the name when a role or body follows it, or it speaks. */
  private static void addIfIntroduced(
      WordWindow w, int start, int end, ActorId id, Introductions intro) {
    RolePhrases.@Nullable Role after = RolePhrases.after(w, end);
    ActorId body = bodyAfter(w, end);
    if (after != null || body != null || speaks(w, start, end)) {
      PersonMention m =
          new PersonMention(
              w.span(start, end),
              w.original(start, end),
              id,
              after != null && after.party() != null ? after.party() : body,
              w.original(start, end),
              after == null ? null : RolePhrases.roleText(w, after.start(), after.end()),
              false);
      w.add(m, start, end);
      intro.introduce(m, w.key(end - 1));
    }
  }

  /**
   * Whether a single capitalised word is the speaker of the quotation it follows: "…," Koval told
   * reporters. A surname alone is no name elsewhere.
   */
  private static boolean isQuoteSpeaker(WordWindow w, int i) {
    return i >= 2
        && (w.word(i - 1).is(',') && w.word(i - 2).is('"')
            || w.word(i - 1).is('"') && w.word(i - 2).is(','))
        && ReportingVerbs.contains(w.key(i + 1));
  }

  /**
   * Whether the capitalised words [start, end) are introduced as a speaker: a reporting verb right
   * after them ("Olena Koval said") unless they follow a preposition ("a senator of South Carolina
   * said": a place), right before them ("…, said Olena Koval."), "according to" before them, or a
   * post's handle after them ("Olena Koval (@okoval)").
   */
  private static boolean speaks(WordWindow w, int start, int end) {
    if (w.key(start - 1).equals("to") && w.key(start - 2).equals("according")) {
      return true;
    }
    if (ReportingVerbs.contains(w.key(start - 1))) {
      return true;
    }
    if (w.word(Math.min(end, w.size() - 1)).is('(')
        && w.word(Math.min(end + 1, w.size() - 1)).is('@')) {
      return true; // the signature of an embedded post: "— Name (@handle)"
    }
    String before = w.key(start - 1);
    return ReportingVerbs.contains(w.key(end))
        && !before.equals("of")
        && !Lexicon.LOCATIVE.contains(before);
  }

  /**
   * The organisation or state a name is "of" or "from" ("Olena Koval of the Red Cross", "Ivan
   * Petrov from the foreign ministry of Russia"): the party the words right after name, or null.
   */
  private static @Nullable ActorId bodyAfter(WordWindow w, int end) {
    String k = w.key(end);
    if (!k.equals("of") && !k.equals("from")) {
      return null;
    }
    int i = w.key(end + 1).equals("the") ? end + 2 : end + 1;
    WordWindow.Raw r = w.raw(i);
    return r == null || r.has(Person.class) ? null : r.actor();
  }

  private static RolePhrases.@Nullable Role roleFor(WordWindow w, int nameStart) {
    RolePhrases.@Nullable Role role = RolePhrases.before(w, nameStart);
    if (role == null && nameStart > 0 && w.word(nameStart - 1).is(',')) {
      role = RolePhrases.appositive(w, nameStart - 1);
    }
    return role;
  }

  private static void add(
      WordWindow w,
      int nameStart,
      int nameEnd,
      ActorId id,
      @Nullable ActorId party,
      boolean known,
      Introductions intro) {
    int start = nameStart;
    if (start > 0 && isFirstName(w, start - 1) && nameEnd - nameStart == 1) {
      start--;
    }
    int end = nameEnd;
    String roleText = null;
    RolePhrases.@Nullable Role role = roleFor(w, start);
    if (role != null && w.isFree(role.start(), start)) {
      roleText = RolePhrases.roleText(w, role.start(), start).replaceAll("[,\\s]+$", "");
      start = role.start();
    } else if (start > 0 && Lexicon.HONORIFICS.contains(w.key(start - 1))) {
      start--;
    }
    ActorId holder = party != null ? party : role == null ? null : role.party();
    String name = w.original(nameStart, nameEnd);
    PersonMention m =
        new PersonMention(
            w.span(start, end), w.original(start, end), id, holder, name, roleText, known);
    w.add(m, start, end);
    intro.introduce(m, w.key(nameEnd - 1));
  }

  private static boolean isFirstName(WordWindow w, int i) {
    return i > 0 && isNameWord(w, i) && w.rawCovering(i) == null && w.isFree(i, i + 1);
  }

  private static boolean isNameWord(WordWindow w, int i) {
    var word = w.word(i);
    String k = word.key();
    return word.isCapitalized()
        && word.raw().chars().allMatch(c -> Character.isLetter(c) || c == '\'')
        && word.raw().chars().anyMatch(Character::isLowerCase)
        && !Lexicon.ROLE_HEADS.contains(k)
        && !Lexicon.ROLE_WORDS.contains(k)
        && !Lexicon.CONNECTORS.contains(k)
        && !Lexicon.HONORIFICS.contains(k);
  }

  static @Nullable ActorId slug(String key) {
    String ascii =
        Normalizer.normalize(key, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9-]", "");
    return ActorId.isValid(ascii) && !ascii.isEmpty() ? ActorId.of(ascii) : null;
  }
}
