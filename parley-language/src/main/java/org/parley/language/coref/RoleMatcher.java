package org.parley.language.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Person;
import org.parley.language.mention.PersonMention;
import org.parley.language.mention.RoleMention;
import org.parley.language.mention.SourceMention;
import org.parley.model.ActorId;

/**
 * Whether a definite description fits a candidate: its head ("president", "official") must occur in
 * the candidate's role phrase or knowledge-base titles, a longer title ("head of the office of the
 * president") must match one of them, and a party it names must be the candidate's.
 */
final class RoleMatcher {
  private static final Set<String> LEADER_TITLES =
      Set.of("president", "prime minister", "chancellor", "leader", "king", "premier", "head");
  private static final Set<String> SOURCE_WORDS =
      Set.of(
          "official",
          "source",
          "diplomat",
          "aide",
          "insider",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "officer",
          "negotiator");

  private static final Set<String> HEADS =
      Set.of(
          "president",
          "minister",
          "mayor",
          "governor",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "secretary",
          "leader",
          "chancellor",
          "head",
          "chief",
          "adviser",
          "advisor",
          "aide",
          "ambassador",
          "envoy",
          "commander",
          "chairman",
          "speaker",
          "representative",
          "commissioner",
          "ombudsman",
          "director",
          "negotiator",
          "official",
          "premier",
          "prosecutor",
          "general",
          "king",
          "politician");

  private static final Set<String> RANKS =
      Set.of("first", "former", "deputy", "vice", "acting", "interim", "ex", "late", "assistant");

  private final KnowledgeBase kb;

  RoleMatcher(KnowledgeBase kb) {
    this.kb = kb;
  }

  boolean fits(RoleMention role, Object candidate, Map<ActorId, List<String>> docRoles) {
    return switch (candidate) {
      case PersonMention p -> fitsPerson(role, p.holder(), titlesOf(p, docRoles));
      case SourceMention s -> fitsSource(role, s);
      case RoleMention earlier -> sameRole(earlier, role);
      default -> false;
    };
  }

  /**
   * Whether a later description repeats an earlier one: the same head and number, the same party if
   * it names one, and no "of" complement word the earlier lacks ("the Head of the Military
   * Administration" repeats "the Head of the Kyiv City Military Administration"; "the Head of
   * State" does not).
   */
  private static boolean sameRole(RoleMention earlier, RoleMention role) {
    String a = bare(earlier.role());
    String b = bare(role.role());
    return head(a).equals(head(b))
        && rank(a).equals(rank(b))
        && earlier.plural() == role.plural()
        && (role.holder() == null || role.holder().equals(earlier.holder()))
        && complement(a).containsAll(complement(b));
  }

  /** The rank words of a role ("first", "former", "deputy" …): they make another office. */
  private static Set<String> rank(String role) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : role.split(" ")) {
      if (RANKS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The words of a role's "of" complement, without articles: "head of state" -> [state]. */
  private static Set<String> complement(String role) {
    int of = role.indexOf(" of ");
    if (of < 0) {
      return Set.of();
    }
    Set<String> out = new java.util.HashSet<>();
    for (String w : role.substring(of + 4).split(" ")) {
      if (!w.isEmpty() && !w.equals("the") && !w.equals("of")) {
        out.add(w);
      }
    }
    return out;
  }

  /** Knowledge-base people that fit a description naming a party ("the Kremlin leader"). */
  List<Person> fromKnowledgeBase(RoleMention role) {
    if (role.holder() == null) {
      return List.of();
    }
    List<Person> out = new ArrayList<>();
    for (Person p : kb.entries(Person.class)) {
      List<String> titles =
          p.titles().stream()
              .map(t -> t.toLowerCase(Locale.ROOT))
              .filter(t -> !t.startsWith("former "))
              .toList();
      if (p.party().equals(role.holder()) && fitsPerson(role, p.party(), titles)) {
        out.add(p);
      }
    }
    return out;
  }

  private boolean fitsPerson(RoleMention role, @Nullable Object holder, List<String> titles) {
    if (role.plural() || role.holder() != null && !role.holder().equals(holder)) {
      return false;
    }
    String r = withoutParty(spouse(withoutOwnParty(bare(role.role()), role.holder())));
    String head = head(r);
    if (r.contains(" of ")
        && !r.equals("head of state")
        && !r.startsWith("president of")
        && !r.startsWith("leader of")) {
      String canon = canonical(r);
      return titles.stream()
          .map(RoleMatcher::canonical)
          .anyMatch(
              t -> t.equals(canon) || t.endsWith(" " + canon) || t.startsWith(canon + " of "));
    }
    if (head.equals("leader") || r.equals("head of state")) {
      return titles.stream().anyMatch(t -> LEADER_TITLES.stream().anyMatch(t::contains));
    }
    String core = r.contains(" of ") ? head : withoutParty(r);
    Set<String> ranks = rank(r);
    return titles.stream()
        .filter(t -> rank(t).containsAll(ranks))
        .anyMatch(t -> core.contains(" ") && t.contains(core) || head(titleHead(t)).equals(head));
  }

  private static boolean fitsSource(RoleMention role, SourceMention s) {
    String head = head(bare(role.role()));
    String stem = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
    return SOURCE_WORDS.contains(stem)
        && s.text().toLowerCase(Locale.ROOT).contains(stem)
        && role.plural() == s.plural();
  }

  private List<String> titlesOf(PersonMention p, Map<ActorId, List<String>> docRoles) {
    List<String> out = new ArrayList<>(docRoles.getOrDefault(p.person(), List.of()));
    if (p.role() != null) {
      out.add(p.role());
    }
    kb.person(p.person())
        .ifPresent(person -> person.titles().forEach(t -> out.add(t.toLowerCase(Locale.ROOT))));
    return out;
  }

  /**
   * The one person of {@code party} whose titles include a bare "President" (the head of a press
   * office's state: Putin for RUS, Zelensky for UKR), when there is exactly one.
   */
  @Nullable Person president(ActorId party) {
    List<Person> out = new ArrayList<>();
    for (Person p : kb.entries(Person.class)) {
      if (p.party().equals(party) && p.titles().stream().anyMatch(t -> t.equals("President"))) {
        out.add(p);
      }
    }
    return out.size() == 1 ? out.get(0) : null;
  }

  /**
   * The role without an "of" complement that only names its own party: "prime minister of denmark"
   * -> "prime minister", "president of the russian federation" -> "president".
   */
  private String withoutOwnParty(String role, @Nullable ActorId holder) {
    int of = role.indexOf(" of ");
    if (holder == null || of < 0) {
      return role;
    }
    String complement = role.substring(of + 4);
    boolean own = kb.find(complement).stream().anyMatch(e -> e.key().equals(holder.value()));
    return own ? role.substring(0, of) : role;
  }

  /** "head of the president's office" and "head of the office of the president" read alike. */
  private static String canonical(String title) {
    return title.replace("the president's office", "the office of the president");
  }

  /** "the President's wife" is the first lady, the title the knowledge base gives. */
  private static String spouse(String role) {
    return role.endsWith("'s wife") || role.equals("wife of the president") ? "first lady" : role;
  }

  /** The role without party words before the head ("us president" -> "president"). */
  static String withoutParty(String role) {
    String[] w = role.split(" ");
    int i = 0;
    while (i < w.length - 1 && !isRoleWord(w[i])) {
      i++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
  }

  private static boolean isRoleWord(String w) {
    return Set.of(
                "deputy",
                "prime",
                "foreign",
                "defence",
                "defense",
                "first",
                "vice",
                "chief",
                "head",
                "senior",
                "special",
                "press",
                "presidential")
            .contains(w)
        || LEADER_TITLES.contains(w)
        || SOURCE_WORDS.contains(w)
        || w.equals("minister")
        || w.equals("secretary")
        || w.equals("governor")
        || w.equals("mayor");
  }

  static String bare(String role) {
    return role.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").strip();
  }

  /** A title's head noun, its first role noun: "adviser to the president" -> "adviser". */
  private static String titleHead(String title) {
    for (String w : title.split("[\\s,]+")) {
      if (HEADS.contains(w)) {
        return w;
      }
    }
    int of = title.indexOf(" of ");
    return of > 0 ? title.substring(0, of) : title;
  }

  static String head(String role) {
    int of = role.indexOf(" of ");
    String left = of > 0 ? role.substring(0, of) : role;
    String[] w = left.split(" ");
    return w[w.length - 1];
  }
}
