package org.parley.extract.claim;

/**
 * The rules' tests of a stance's context that hold for any stance, however it was found: a
 * hypothetical or a guess ("if Moscow were to demand …", "analysts think Kyiv may offer …") and a
 * stance named as the topic of a conversation ("they discussed a ceasefire"). Stateless.
 */
public final class StanceContexts {
  private StanceContexts() {}

  /** Whether a stance at {@code at}, in the sentence from {@code from}, states no position. */
  public static boolean setAside(String text, int from, int at) {
    return PositionFilters.isHypothetical(text, from, at)
        || PositionFilters.isTopic(text, from, at);
  }
}
