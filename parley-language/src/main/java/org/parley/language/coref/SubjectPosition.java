package org.parley.language.coref;

import java.util.List;
import java.util.Set;
import org.parley.language.text.SentencedText;
import org.parley.language.text.Word;
import org.parley.model.Span;

/**
 * Whether a mention stands in subject position, read from the words around it (no parse): not after
 * a preposition or an object-taking verb ("told Macron", "with Erdogan", "met Biden") and not a
 * possessor ("Putin's aide"). Stateless.
 */
public final class SubjectPosition {
  private static final Set<String> BEFORE_OBJECT =
      Set.of(
          "to",
          "with",
          "by",
          "for",
          "of",
          "about",
          "against",
          "from",
          "in",
          "on",
          "at",
          "between",
          "after",
          "before",
          "toward",
          "towards",
          "into",
          "among",
          "than",
          "like",
          "under",
          "over",
          "during",
          "without",
          "through",
          "via",
          "told",
          "tell",
          "tells",
          "telling",
          "warned",
          "warning",
          "assured",
          "informed",
          "reminded",
          "urged",
          "urging",
          "asked",
          "asking",
          "promised",
          "briefed",
          "thanked",
          "congratulated",
          "met",
          "meeting",
          "visited",
          "hosted",
          "invited",
          "welcomed",
          "phoned",
          "telephoned",
          "called",
          "blamed",
          "accused",
          "criticised",
          "criticized",
          "praised",
          "convinced",
          "persuaded",
          "advised",
          "cautioned",
          "pressed",
          "replaced",
          "appointed",
          "dismissed",
          "sacked",
          "fired");

  private SubjectPosition() {}

  /**
   * Whether the mention at {@code span} of sentence {@code sentence} stands in subject position.
   */
  public static boolean of(SentencedText text, Span span, int sentence) {
    if (sentence < 0) {
      return true;
    }
    int start = text.aligned().normStart(span);
    int end = text.aligned().normEnd(span);
    List<Word> after = text.wordsBetween(end, Math.min(text.normEnd(sentence), end + 3));
    if (!after.isEmpty() && after.get(0).isPossessive()) {
      return false;
    }
    List<Word> before = text.wordsBetween(text.normStart(sentence), start);
    int i = before.size() - 1;
    while (i >= 0 && before.get(i).key().equals("the")) {
      i--;
    }
    return i < 0 || !BEFORE_OBJECT.contains(before.get(i).key());
  }
}
