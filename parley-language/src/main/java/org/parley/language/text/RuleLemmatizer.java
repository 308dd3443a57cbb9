package org.parley.language.text;

import java.util.Locale;
import java.util.Map;

/**
 * Lemmas from a small table of irregular forms and suffix rules by part of speech ("said" → "say",
 * "demands" → "demand", "territories" → "territory", "captured" → "capture"): cheap and
 * deterministic, unlike OpenNLP's statistical lemmatizer (a tenth of the tagger's speed).
 */
public final class RuleLemmatizer {
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("said", "say"),
          Map.entry("says", "say"),
          Map.entry("told", "tell"),
          Map.entry("was", "be"),
          Map.entry("were", "be"),
          Map.entry("is", "be"),
          Map.entry("are", "be"),
          Map.entry("been", "be"),
          Map.entry("am", "be"),
          Map.entry("has", "have"),
          Map.entry("had", "have"),
          Map.entry("did", "do"),
          Map.entry("does", "do"),
          Map.entry("done", "do"),
          Map.entry("took", "take"),
          Map.entry("taken", "take"),
          Map.entry("held", "hold"),
          Map.entry("met", "meet"),
          Map.entry("gave", "give"),
          Map.entry("given", "give"),
          Map.entry("made", "make"),
          Map.entry("went", "go"),
          Map.entry("gone", "go"),
          Map.entry("came", "come"),
          Map.entry("saw", "see"),
          Map.entry("seen", "see"),
          Map.entry("wrote", "write"),
          Map.entry("written", "write"),
          Map.entry("sought", "seek"),
          Map.entry("won", "win"),
          Map.entry("lost", "lose"),
          Map.entry("left", "leave"),
          Map.entry("led", "lead"),
          Map.entry("spoke", "speak"),
          Map.entry("spoken", "speak"),
          Map.entry("thought", "think"),
          Map.entry("brought", "bring"),
          Map.entry("kept", "keep"),
          Map.entry("began", "begin"),
          Map.entry("begun", "begin"),
          Map.entry("withdrew", "withdraw"),
          Map.entry("withdrawn", "withdraw"),
          Map.entry("froze", "freeze"),
          Map.entry("frozen", "freeze"),
          Map.entry("fought", "fight"),
          Map.entry("sent", "send"),
          Map.entry("put", "put"),
          Map.entry("set", "set"),
          Map.entry("men", "man"),
          Map.entry("women", "woman"),
          Map.entry("children", "child"),
          Map.entry("people", "people"),
          Map.entry("countries", "country"),
          Map.entry("would", "will"),
          Map.entry("could", "can"),
          Map.entry("forces", "force"),
          Map.entry("ceased", "cease"),
          Map.entry("agreed", "agree"),
          Map.entry("freed", "free"),
          Map.entry("seized", "seize"),
          Map.entry("ruled", "rule"));

  /** The lemma of {@code word} tagged {@code pos} (UD tags). */
  public String lemma(String word, String pos) {
    String w = word.toLowerCase(Locale.ROOT);
    if (pos.equals("PROPN")) {
      return word;
    }
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    return switch (pos) {
      case "NOUN" -> noun(w);
      case "VERB", "AUX" -> verb(w);
      default -> w;
    };
  }

  private static String noun(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String verb(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ied") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ing") && w.length() > 5) {
      return restoreE(w.substring(0, w.length() - 3));
    }
    if (w.endsWith("ed") && w.length() > 4) {
      return restoreE(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** "stat" → "state", "captur" → "capture", "stopp" → "stop", "demand" stays. */
  private static String restoreE(String stem) {
    int n = stem.length();
    if (n > 2
        && stem.charAt(n - 1) == stem.charAt(n - 2)
        && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
      return stem.substring(0, n - 1);
    }
    if (stem.endsWith("at")
        || stem.endsWith("ur")
        || stem.endsWith("iz")
        || stem.endsWith("is")
        || stem.endsWith("ac")
        || stem.endsWith("ut")
        || stem.endsWith("iv")
        || stem.endsWith("rg")
        || stem.endsWith("ag")
        || stem.endsWith("ang") && n > 4
        || stem.endsWith("ov")
        || stem.endsWith("uc")
        || stem.endsWith("ud")
        || stem.endsWith("ar") && n > 4) {
      return stem + "e";
    }
    return stem;
  }
}
