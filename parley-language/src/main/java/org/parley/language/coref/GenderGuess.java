package org.parley.language.coref;

import java.util.Locale;
import java.util.Set;
import org.parley.kb.Gender;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Person;
import org.parley.language.mention.PersonMention;
import org.parley.language.mention.RoleMention;

/**
 * The grammatical gender of a candidate for pronoun agreement: the knowledge base's {@link Gender}
 * for a known person (the one a description resolved to included); else "spokeswoman"/"spokesman"
 * in the role; else a first name ending in -a (Iryna, Natalia, Maryna) read as female; {@link
 * Gender#UNKNOWN} for anything else.
 */
final class GenderGuess {
  private static final Set<String> MALE_IN_A = Set.of("nikita", "ilya", "luka", "kuzma", "foma");

  private GenderGuess() {}

  /** The gender of the person {@code referent} names, else the guess from {@code mention}. */
  static Gender of(Referent referent, Object mention, KnowledgeBase kb) {
    if (referent.person() != null) {
      Gender g = kb.person(referent.person()).map(Person::gender).orElse(Gender.UNKNOWN);
      if (g.isKnown()) {
        return g;
      }
    }
    return of(mention, kb);
  }

  static Gender of(Object mention, KnowledgeBase kb) {
    return switch (mention) {
      case PersonMention p -> person(p, kb);
      case RoleMention r -> fromRole(r.role());
      default -> Gender.UNKNOWN;
    };
  }

  private static Gender person(PersonMention p, KnowledgeBase kb) {
    if (p.known()) {
      Gender g = kb.person(p.person()).map(Person::gender).orElse(Gender.UNKNOWN);
      if (g.isKnown()) {
        return g;
      }
    }
    Gender byRole = fromRole(p.role() == null ? "" : p.role());
    if (byRole.isKnown()) {
      return byRole;
    }
    String[] names = p.name().split("\\s+");
    if (names.length < 2) {
      return Gender.UNKNOWN;
    }
    String first = names[0].toLowerCase(Locale.ROOT);
    return first.endsWith("a") && !MALE_IN_A.contains(first) ? Gender.FEMALE : Gender.MALE;
  }

  private static Gender fromRole(String role) {
    if (role.contains("woman") || role.contains("first lady") || role.endsWith("wife")) {
      return Gender.FEMALE;
    }
    if (role.contains("spokesman") || role.contains("chairman") || role.endsWith("husband")) {
      return Gender.MALE;
    }
    return Gender.UNKNOWN;
  }
}
