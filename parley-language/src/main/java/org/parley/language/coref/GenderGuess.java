package org.parley.language.coref;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.language.mention.PersonMention;

/**
 * A rough grammatical gender for pronoun agreement: "spokeswoman"/"spokesman" in the role, else a
 * first name ending in -a (Iryna, Natalia, Maryna) read as female; unknown for anything else.
 */
final class Gender {
  private static final Set<String> MALE_IN_A = Set.of("nikita", "ilya", "luka", "kuzma", "foma");

  private Gender() {}

  /** TRUE female, FALSE male, null unknown. */
  static @Nullable Boolean of(Object mention) {
    if (!(mention instanceof PersonMention p)) {
      return null;
    }
    String role = p.role() == null ? "" : p.role();
    if (role.contains("woman")) {
      return Boolean.TRUE;
    }
    if (role.contains("spokesman") || role.contains("chairman")) {
      return Boolean.FALSE;
    }
    String[] names = p.name().split("\\s+");
    if (names.length < 2) {
      return null;
    }
    String first = names[0].toLowerCase(Locale.ROOT);
    return first.endsWith("a") && !MALE_IN_A.contains(first);
  }
}
