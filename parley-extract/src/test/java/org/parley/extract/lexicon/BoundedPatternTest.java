package org.parley.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BoundedPatternTest {
  /** Pieces of text the random texts are made of: lexicon words, separators and odd characters. */
  private static final List<String> PIECES = pieces();

  /** Pieces for the expressions with groups: their words, parts of them, separators. */
  private static final List<String> GROUP_PIECES =
      List.of(
          " ",
          " ",
          ", ",
          "-",
          "\u0301",
          "é",
          "_",
          "All",
          "all",
          "nearly",
          "most",
          "of",
          "Of",
          "the",
          "bulk",
          "part",
          "parts",
          "in",
          "its",
          "entirety",
          "war",
          "talks",
          "s",
          "x",
          "\n");

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "\\bdemand\\w*|\\bcall(?:s|ed)? for;\\b(?:demand\\w*|call(?:s|ed)? for)",
        "\\bdemand|call;\\bdemand|call",
        "\\bone;\\bone",
        "\\b(?:a|b)|\\bc;\\b(?:(?:a|b)|c)",
        "\\ba|\\b?c;\\ba|\\b?c",
        "[|]\\ba|\\bb;[|]\\ba|\\bb",
        "\\b[a|]|\\bb;\\b(?:[a|]|b)",
        "\\bx\\Q|\\E|\\by;\\bx\\Q|\\E|\\by",
      })
  void factorsOutABoundaryEveryAlternativeStartsWith(String regex, String factored) {
    assertThat(BoundedPattern.factored(regex)).isEqualTo(factored);
  }

  @ParameterizedTest
  @MethodSource("lexiconExpressions")
  void findsWhatARegionSearchFinds(String regex) {
    BoundedPattern bounded = BoundedPattern.compile(regex, Pattern.CASE_INSENSITIVE);
    Pattern plain = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    Random random = new Random(regex.hashCode());
    for (int n = 0; n < 200; n++) {
      String text = text(random);
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      Matcher m = plain.matcher(text).region(from, to);
      List<BoundedPattern.Hit> expected = new ArrayList<>();
      while (m.find()) {
        expected.add(new BoundedPattern.Hit(m.start(), m.end()));
      }
      assertThat(bounded.all(text, from, to)).as("%s in [%s]", regex, text).isEqualTo(expected);
      assertThat(bounded.first(text, from, to))
          .isEqualTo(expected.isEmpty() ? null : expected.get(0));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "\\b(?<d>nearly all|most|the bulk|parts?|all|in (?:its|their) entirety)\\b(?<of>\\s+of\\b)?",
        "\\b(?<w>war|talks)(?<s>s)?\\b",
      })
  void findsTheGroupsARegionSearchFinds(String regex) {
    BoundedPattern bounded = BoundedPattern.compile(regex, Pattern.CASE_INSENSITIVE);
    Pattern plain = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    List<String> names = List.copyOf(plain.namedGroups().keySet());
    Random random = new Random(regex.hashCode());
    for (int n = 0; n < 500; n++) {
      String text = text(random, GROUP_PIECES);
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      Matcher m = plain.matcher(text).region(from, to);
      List<String> expected = new ArrayList<>();
      while (m.find()) {
        expected.add(described(m.start(), m.end(), m, names));
      }
      List<String> found = new ArrayList<>();
      for (BoundedPattern.Found f : bounded.findAll(text, from, to)) {
        found.add(described(f.start(), f.end(), f.groups(), names));
      }
      assertThat(found).as("%s in [%s]", regex, text).isEqualTo(expected);
    }
  }

  private static String described(int start, int end, MatchResult m, List<String> names) {
    StringBuilder b = new StringBuilder().append(start).append('-').append(end);
    for (String name : names) {
      b.append(' ')
          .append(name)
          .append('=')
          .append(m.group(name))
          .append('@')
          .append(m.start(name));
    }
    return b.toString();
  }

  static Stream<String> lexiconExpressions() {
    return Stream.concat(
        column("provisions.tsv", 2),
        Stream.concat(
            column("stances.tsv", 3),
            Stream.of("\\bwar\\b", "\\b(?:peace )?talks\\b", "\\b[a-c]\\w+|\\bx", "\\bé|\\bq")));
  }

  private static String text(Random random) {
    return text(random, PIECES);
  }

  private static String text(Random random, List<String> pieces) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(40);
    for (int k = 0; k < n; k++) {
      b.append(pieces.get(random.nextInt(pieces.size())));
    }
    return b.toString();
  }

  private static List<String> pieces() {
    List<String> out = new ArrayList<>(List.of(" ", " ", ", ", ". ", "-", "'s ", "\u0301", "é"));
    out.addAll(List.of("😀", "İ", "_", "9", "\n", "; ", " -- ", "\"", "NATO", "Kyiv"));
    Stream.concat(column("provisions.tsv", 2), column("stances.tsv", 3))
        .flatMap(r -> Stream.of(r.split("[^A-Za-z]+")))
        .filter(w -> w.length() > 1)
        .distinct()
        .forEach(out::add);
    return List.copyOf(out);
  }

  private static Stream<String> column(String resource, int column) {
    try (InputStream in = BoundedPattern.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Stream.of(text.split("\n"))
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1)[column])
          .toList()
          .stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
