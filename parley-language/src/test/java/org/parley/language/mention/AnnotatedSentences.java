package org.parley.language.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Span;

/**
 * Inline-annotated test text (OpenNLP's AnnotatedSentences style): {@code [[the Kremlin|ACTOR
 * RUS]]} marks "the Kremlin" as an expected mention with its kind and ids. {@link #parse} returns
 * the plain text and the expected mentions with computed spans.
 */
final class AnnotatedSentences {
  private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([^\\]]+)\\]\\]");

  private AnnotatedSentences() {}

  /** One expected mention: its span in the plain text, its text and the expected spec words. */
  record Expected(Span span, String text, List<String> spec) {}

  /** Plain text and expectations. */
  record Parsed(String text, List<Expected> expected) {}

  static Parsed parse(String annotated) {
    StringBuilder plain = new StringBuilder();
    List<Expected> expected = new ArrayList<>();
    Matcher m = MARK.matcher(annotated);
    int last = 0;
    while (m.find()) {
      plain.append(annotated, last, m.start());
      int start = plain.length();
      plain.append(m.group(1));
      expected.add(
          new Expected(
              new Span(start, plain.length()),
              m.group(1),
              List.of(m.group(2).trim().split("\\s+"))));
      last = m.end();
    }
    plain.append(annotated.substring(last));
    return new Parsed(plain.toString(), expected);
  }
}
