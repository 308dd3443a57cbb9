package org.parley.language.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parley.kb.Alias;
import org.parley.kb.KnowledgeBase;

/**
 * The dictionaries mention finding matches: every knowledge-base alias (names, variants,
 * adjectives, metonyms) and the outlet list bundled with this module ({@code outlets.tsv}). Built
 * once per {@link MentionFinder}; immutable and thread-safe.
 */
final class Gazetteer {
  private static final String OUTLETS = "/org/parley/language/outlets.tsv";

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
    return new Gazetteer(b.build(), loadOutlets());
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

  private static PhraseIndex<String> loadOutlets() {
    PhraseIndex.Builder<String> b = new PhraseIndex.Builder<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(OUTLETS)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + OUTLETS);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        String name = cols[0].strip();
        b.add(name, name, (x, y) -> x);
        if (cols.length > 1) {
          for (String form : cols[1].split("\\|")) {
            b.add(form.strip(), name, (x, y) -> x);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + OUTLETS, e);
    }
    return b.build();
  }
}
