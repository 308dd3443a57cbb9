package org.parley.extract.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Person;
import org.parley.model.ActorId;

/**
 * The person who holds an office of a party, when the knowledge base knows exactly one: "the heads
 * of government of Norway" is Norway's prime minister, "the UN secretary" the UN's
 * secretary-general. An office the knowledge base gives to nobody, or to several people, has no
 * holder here, and the party stands for its holder. Immutable.
 */
final class OfficeHolders {
  /** The titles each office word fits (lower case; a title fits when it contains one). */
  private static final Map<String, List<String>> TITLES =
      Map.ofEntries(
          Map.entry("president", List.of("president")),
          Map.entry("presidents", List.of("president")),
          Map.entry("prime", List.of("prime minister", "premier", "chancellor")),
          Map.entry("premier", List.of("prime minister", "premier")),
          Map.entry("premiers", List.of("prime minister", "premier")),
          Map.entry("government", List.of("prime minister", "premier", "chancellor")),
          Map.entry("chancellor", List.of("chancellor")),
          Map.entry("chancellors", List.of("chancellor")),
          Map.entry("state", List.of("president", "king", "emir")),
          Map.entry("emir", List.of("emir")),
          Map.entry("king", List.of("king")),
          Map.entry("sultan", List.of("sultan")),
          Map.entry("secretary", List.of("secretary")),
          Map.entry(
              "foreign", List.of("foreign minister", "foreign secretary", "secretary of state")),
          Map.entry(
              "leader",
              List.of("president", "prime minister", "chancellor", "king", "emir", "premier")),
          Map.entry(
              "leaders",
              List.of("president", "prime minister", "chancellor", "king", "emir", "premier")));

  private final KnowledgeBase kb;

  OfficeHolders(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** Whether {@code word} (folded) names an office this class can look up. */
  static boolean isOfficeWord(String word) {
    return TITLES.containsKey(word);
  }

  /**
   * The one person of {@code party} whose current title fits the office word {@code word}, if the
   * knowledge base knows exactly one.
   */
  Optional<ActorId> holder(ActorId party, String word) {
    List<String> fits = TITLES.get(word.toLowerCase(Locale.ROOT));
    if (fits == null) {
      return Optional.empty();
    }
    List<ActorId> found = new ArrayList<>();
    for (Person p : kb.entries(Person.class)) {
      if (p.party().equals(party) && hasTitle(p, fits)) {
        found.add(p.id());
      }
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static boolean hasTitle(Person p, List<String> fits) {
    for (String t : p.titles()) {
      String title = t.toLowerCase(Locale.ROOT);
      if (title.startsWith("former")
          || title.startsWith("vice")
          || title.contains("deputy")
          || title.contains("under-")
          || title.startsWith("assistant")) {
        continue;
      }
      for (String f : fits) {
        if (title.contains(f)) {
          return true;
        }
      }
    }
    return false;
  }
}
