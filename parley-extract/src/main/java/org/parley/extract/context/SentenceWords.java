package org.parley.extract.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The words of a stretch of normalised text for features: lower-cased, Porter-stemmed (OpenNLP's
 * stemmer), each with its normalised offset. Cheaper than part-of-speech tagging, which the
 * position features do not need.
 */
public record SentenceWords(List<String> stems, List<Integer> starts) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

  public SentenceWords {
    stems = List.copyOf(stems);
    starts = List.copyOf(starts);
  }

  /** The words of {@code text[from, to)}. */
  public static SentenceWords of(String text, int from, int to) {
    PorterStemmer stemmer = new PorterStemmer();
    List<String> stems = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      stems.add(w.length() > 3 ? stemmer.stem(w) : w);
      starts.add(m.start());
    }
    return new SentenceWords(stems, starts);
  }

  public int size() {
    return stems.size();
  }

  /** The index of the first word starting at or after normalised offset {@code at}. */
  public int indexAt(int at) {
    int i = 0;
    while (i < starts.size() && starts.get(i) < at) {
      i++;
    }
    return i;
  }

  /** The stem at {@code i}, or a boundary marker outside the words. */
  public String stem(int i) {
    return i < 0 ? "<s>" : i >= stems.size() ? "</s>" : stems.get(i);
  }
}
