package org.parley.extract.position;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import opennlp.tools.stemmer.PorterStemmer;
import org.parley.extract.context.SentenceWords;

/**
 * Classes of general words that signal a stance (asking, obligation, offering, refusing, negation,
 * hypothesis, reporting, support, aims, acts, talks), read from the lexicon file {@code
 * stance-words.tsv}. A word's classes are looked up by its stem; two-word phrases ("rule out") by
 * their first and second stems. Immutable and thread-safe.
 */
public final class StanceWords {
  private static final String RESOURCE = "/org/parley/extract/lexicon/stance-words.tsv";

  private final Map<String, List<String>> single;
  private final Map<String, List<String>> pairs;

  private StanceWords(Map<String, List<String>> single, Map<String, List<String>> pairs) {
    this.single = single;
    this.pairs = pairs;
  }

  /** The bundled word classes. */
  public static StanceWords bundled() {
    try (InputStream in = StanceWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the stance word lexicon " + RESOURCE + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static StanceWords parse(BufferedReader in) throws IOException {
    PorterStemmer stemmer = new PorterStemmer();
    Map<String, TreeSet<String>> single = new HashMap<>();
    Map<String, TreeSet<String>> pairs = new HashMap<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new IllegalArgumentException(RESOURCE + ":" + n + ": expected class TAB words");
      }
      for (String w : cells[1].split(",")) {
        String[] parts = w.strip().toLowerCase(Locale.ROOT).split(" ");
        String key =
            stem(stemmer, parts[0]) + (parts.length > 1 ? " " + stem(stemmer, parts[1]) : "");
        (parts.length > 1 ? pairs : single)
            .computeIfAbsent(key, k -> new TreeSet<>())
            .add(cells[0]);
      }
    }
    return new StanceWords(freeze(single), freeze(pairs));
  }

  /** The classes of the word at {@code i} of {@code w}, and of a phrase it starts. */
  public List<String> classesAt(SentenceWords w, int i) {
    List<String> out = new ArrayList<>(single.getOrDefault(w.stem(i), List.of()));
    for (String c : pairs.getOrDefault(w.stem(i) + " " + w.stem(i + 1), List.of())) {
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The stem a word has in the sentence words ({@link SentenceWords} stems words over three
   * letters).
   */
  private static String stem(PorterStemmer stemmer, String w) {
    return w.length() > 3 ? stemmer.stem(w) : w;
  }

  private static Map<String, List<String>> freeze(Map<String, TreeSet<String>> m) {
    Map<String, List<String>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }
}
