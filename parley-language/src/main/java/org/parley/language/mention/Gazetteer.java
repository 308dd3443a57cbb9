package org.parley.language.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.kb.Alias;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Outlet;

/**
 * The dictionaries mention finding matches: every knowledge-base alias (names, variants,
 * adjectives, metonyms) and every knowledge-base outlet form, each outlet form standing for the
 * outlet's canonical name. Built once per {@link MentionFinder}; immutable and thread-safe.
 */
final class Gazetteer {
  private final PhraseIndex<List<Alias>> aliases;
  private final PhraseIndex<String> outlets;

  private Gazetteer(PhraseIndex<List<Alias>> aliases, PhraseIndex<String> outlets) {
    this.aliases = aliases;
    this.outlets = outlets;
  }

  static Gazetteer from(KnowledgeBase kb) {
    PhraseIndex.Builder<List<Alias>> b = new PhraseIndex.Builder<>();
    for (Alias a : kb.aliases()) {
      b.add(a.form(), List.of(a), Gazetteer::concat);
    }
    return new Gazetteer(b.build(), outlets(kb));
  }

  PhraseIndex<List<Alias>> aliases() {
    return aliases;
  }

  PhraseIndex<String> outlets() {
    return outlets;
  }

  private static List<Alias> concat(List<Alias> a, List<Alias> b) {
    List<Alias> out = new ArrayList<>(a);
    b.stream().filter(x -> !out.contains(x)).forEach(out::add);
    return List.copyOf(out);
  }

  private static PhraseIndex<String> outlets(KnowledgeBase kb) {
    PhraseIndex.Builder<String> b = new PhraseIndex.Builder<>();
    for (Outlet o : kb.outlets()) {
      for (String form : o.forms()) {
        b.add(form, o.name(), (x, y) -> x);
        String word = form.split(" ")[0];
        if (word.length() >= 4 && word.equals(word.toUpperCase(Locale.ROOT))) {
          // an acronym written as a name ("Tass" for TASS): the index matches all-capital forms
          // only in capitals, so the capitalised spelling is added as a form of its own
          String titled = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
          b.add(titled + form.substring(word.length()), o.name(), (x, y) -> x);
        }
      }
    }
    return b.build();
  }
}
