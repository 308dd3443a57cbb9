package org.parley.extract.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;
import org.parley.extract.context.SentenceWords;

/**
 * The topics a stretch of text touches (the war, talks, the economy, energy, reconstruction,
 * society, aid), read from the lexicon data {@code lexicon/topics.tsv} by Porter stem. Immutable
 * and thread-safe.
 */
final class TopicLexicon {
  private static final String RESOURCE = "/org/parley/extract/lexicon/topics.tsv";

  private final Map<String, String> topicOfStem;
  private final List<String> topics;

  private TopicLexicon(Map<String, String> topicOfStem, List<String> topics) {
    this.topicOfStem = Map.copyOf(topicOfStem);
    this.topics = List.copyOf(topics);
  }

  /** The lexicon shipped with Parley. */
  static TopicLexicon bundled() {
    try (InputStream in = TopicLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the topic lexicon " + RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the topic lexicon " + RESOURCE, e);
    }
  }

  static TopicLexicon parse(String text) {
    PorterStemmer stemmer = new PorterStemmer();
    Map<String, String> byStem = new HashMap<>();
    List<String> topics = new ArrayList<>();
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalArgumentException(RESOURCE + ":" + n + ": expected topic <TAB> words");
      }
      topics.add(cols[0]);
      for (String w : cols[1].strip().split("\\s+")) {
        byStem.putIfAbsent(w.length() > 3 ? stemmer.stem(w) : w, cols[0]);
      }
    }
    return new TopicLexicon(byStem, topics);
  }

  /** The topics, in the lexicon's order. */
  List<String> topics() {
    return topics;
  }

  /** How many words of each topic {@code words} holds (topics without words are absent). */
  Map<String, Integer> count(SentenceWords words) {
    Map<String, Integer> out = new HashMap<>();
    for (String stem : words.stems()) {
      String t = topicOfStem.get(stem);
      if (t != null) {
        out.merge(t, 1, Integer::sum);
      }
    }
    return out;
  }
}
