package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Statement;

/**
 * The gold statements of one document, and whether a candidate is one of them by the contract's
 * rule ("Scoring"): the same speaker (the same holder, or agents sharing half their words, articles
 * aside) and quotes sharing at least 60 % of the gold quote's words.
 */
final class GoldStatements {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_']+");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final double QUOTE_OVERLAP = 0.6;
  private static final double AGENT_OVERLAP = 0.5;

  private final List<Statement> gold;

  private GoldStatements(List<Statement> gold) {
    this.gold = List.copyOf(gold);
  }

  static GoldStatements of(List<Claim> claims) {
    List<Statement> out = new ArrayList<>();
    for (Claim c : claims) {
      if (c instanceof Statement s) {
        out.add(s);
      }
    }
    return new GoldStatements(out);
  }

  /** Whether a statement by {@code holder}/{@code agent} quoting {@code quote} is in the gold. */
  boolean contains(@Nullable ActorId holder, @Nullable String agent, String quote) {
    for (Statement g : gold) {
      if (sameSpeaker(g, holder, agent) && overlap(g.quote(), quote) >= QUOTE_OVERLAP) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameSpeaker(
      Statement g, @Nullable ActorId holder, @Nullable String agent) {
    if (g.holder() != null && g.holder().equals(holder)) {
      return true;
    }
    List<String> ga = agentWords(g.agent());
    List<String> pa = agentWords(agent);
    if (ga.isEmpty() || pa.isEmpty()) {
      return false;
    }
    if (ga.equals(pa)) {
      return true;
    }
    Set<String> union = new HashSet<>(ga);
    union.addAll(pa);
    Set<String> common = new HashSet<>(ga);
    common.retainAll(new HashSet<>(pa));
    return (double) common.size() / union.size() >= AGENT_OVERLAP;
  }

  private static List<String> agentWords(@Nullable String agent) {
    return words(Objects.toString(agent, "")).stream().filter(w -> !ARTICLES.contains(w)).toList();
  }

  /** The share of the gold quote's words that the predicted quote has. */
  private static double overlap(String goldQuote, String predicted) {
    List<String> g = words(goldQuote);
    if (g.isEmpty()) {
      return 0;
    }
    Set<String> p = new HashSet<>(words(predicted));
    return (double) g.stream().filter(p::contains).count() / g.size();
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
