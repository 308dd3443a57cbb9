package org.parley.language.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.kb.KnowledgeBase;
import org.parley.language.text.SentencedText;

/**
 * Finds the mentions of a body, sentence by sentence, in this order of precedence: unnamed sources,
 * named people with their role phrases, definite role descriptions, then the remaining outlets,
 * parties and regions, and finally coordinated region lists. Mentions never overlap; a longer
 * reading wins ("Russian President Vladimir Putin" is one person mention, not an adjective and a
 * name). Immutable and thread-safe; per-document state lives in each call.
 */
public final class MentionFinder {
  private final KnowledgeBase kb;
  private final Gazetteer gazetteer;

  public MentionFinder(KnowledgeBase kb) {
    this.kb = kb;
    this.gazetteer = Gazetteer.from(kb);
  }

  /** The mentions of {@code text}, in document order. */
  public List<Mention> find(SentencedText text) {
    Introductions intro = new Introductions();
    List<Mention> out = new ArrayList<>();
    for (int s = 0; s < text.sentences().size(); s++) {
      var words = text.words(s);
      WordWindow w = new WordWindow(text, words, gazetteer, kb.theatre());
      SourcePhrases.find(w);
      PersonPhrases.find(w, intro);
      RoleDescriptions.find(w);
      BodyPhrases.find(w, intro);
      NameMentions.find(w, kb);
      RegionGroups.group(w, kb);
      List<Mention> found = new ArrayList<>(w.mentions());
      found.sort(Comparator.comparingInt(m -> m.span().start()));
      for (Mention m : found) {
        if (m instanceof ActorMention a) {
          intro.noteActor(a);
          BodyPhrases.noteBody(w, a, intro);
        }
      }
      out.addAll(found);
    }
    return List.copyOf(out);
  }
}
