package org.parley.extract.context;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

/**
 * Who voices a stance: the party it belongs to ({@code holder}), the person or source phrase that
 * voiced it ({@code agent}), and to whom it was addressed, when the text says.
 */
public record Voice(ActorId holder, @Nullable String agent, @Nullable ActorId addressee) {
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:A|An|The) ");

  public Voice {
    agent = agentText(agent);
  }

  /**
   * An agent as the contract writes it: an article capitalised only because the description opened
   * a sentence ("A senior NATO official said") is lower-cased.
   */
  public static @Nullable String agentText(@Nullable String agent) {
    if (agent != null && LEADING_ARTICLE.matcher(agent).find()) {
      return Character.toLowerCase(agent.charAt(0)) + agent.substring(1);
    }
    return agent;
  }

  public Voice withAddressee(@Nullable ActorId other) {
    return new Voice(holder, agent, other);
  }
}
