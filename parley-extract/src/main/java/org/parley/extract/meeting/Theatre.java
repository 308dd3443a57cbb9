package org.parley.extract.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.extract.context.DocContext;
import org.parley.kb.Actor;
import org.parley.kb.Alias;
import org.parley.kb.KbEntry;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Region;
import org.parley.kb.RegionKind;
import org.parley.language.text.Word;

/**
 * The territory the war is about, as the knowledge base holds it: its regions other than the
 * subdivisions abroad that only locate meeting venues, and the parties whose name is also the name
 * of such a region (a country at war on its own soil). A passage whose words name them ("Kharkiv",
 * "Donbas", "Ukrainian") bears on the war more plainly than one whose words do not. Immutable.
 */
final class Theatre {
  private final KnowledgeBase kb;
  private final Set<String> actors = new HashSet<>();

  Theatre(KnowledgeBase kb) {
    this.kb = kb;
    for (Actor a : kb.entries(Actor.class)) {
      if (kb.readings(a.name()).stream().anyMatch(r -> isTheatre(r.entry()))) {
        actors.add(a.id().value());
      }
    }
  }

  /** How many of the words {@code ws} name the theatre. */
  int words(List<Word> ws) {
    int n = 0;
    for (Word w : ws) {
      if (w.isCapitalized() && names(w.raw())) {
        n++;
      }
    }
    return n;
  }

  /** How many words of normalised [from, to) of {@code ctx} name the theatre. */
  int mentions(DocContext ctx, int from, int to) {
    return words(ctx.analyzed().sentencedText().wordsBetween(from, to));
  }

  private boolean names(String word) {
    for (Alias a : kb.readings(word)) {
      if (isTheatre(a.entry())
          || (a.entry() instanceof Actor actor && actors.contains(actor.id().value()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTheatre(KbEntry e) {
    return e instanceof Region r && r.kind() != RegionKind.SUBDIVISION;
  }
}
