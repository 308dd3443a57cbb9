package org.parley.bench.shapes;

import java.util.Locale;

/**
 * The shapes of text the linear-cost benchmark grows, each made from the same prose (the sample
 * articles the Parley developers wrote) up to a size in characters.
 */
enum TextShape {
  /** Paragraphs of ordinary prose, repeated. */
  PROSE,
  /** The same prose on one line: no paragraph or line break at all. */
  LINE,
  /** Letters, digits and spaces only, on one line: no sentence ever ends. */
  NO_PUNCTUATION,
  /** One sentence: full stops and other sentence ends turned into commas, on one line. */
  SENTENCE,
  /** Every word in quotation marks, straight and curly, some left open. */
  QUOTES,
  /** Prose inside brackets nested as deep as the size allows. */
  BRACKETS;

  /** The name users give it: {@code no-punctuation}. */
  String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code chars} characters of this shape, made from {@code prose}. */
  String make(String prose, int chars) {
    return switch (this) {
      case PROSE -> repeat(prose + "\n\n", chars);
      case LINE -> repeat(oneLine(prose) + " ", chars);
      case NO_PUNCTUATION ->
          repeat(oneLine(prose.replaceAll("[^\\p{L}\\p{N}\\s]", "")) + " ", chars);
      case SENTENCE -> repeat(oneLine(prose.replaceAll("[.!?;:]", ",")) + " ", chars);
      case QUOTES -> repeat(quoted(oneLine(prose)), chars);
      case BRACKETS -> nested(oneLine(prose), chars);
    };
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String quoted(String line) {
    StringBuilder out = new StringBuilder();
    String[] words = line.split(" ");
    for (int i = 0; i < words.length; i++) {
      String open = i % 3 == 0 ? "\u201c" : "\"";
      String close = i % 7 == 0 ? "" : i % 3 == 0 ? "\u201d" : "\"";
      out.append(open).append(words[i]).append(close).append(' ');
    }
    return out.toString();
  }

  private static String nested(String line, int chars) {
    String opening = "([{";
    String closing = ")]}";
    int depth = Math.max(1, chars / 4);
    int middle = Math.max(0, chars - 2 * depth);
    StringBuilder out = new StringBuilder(chars);
    for (int i = 0; i < depth; i++) {
      out.append(opening.charAt(i % 3));
    }
    out.append(repeat(line + " ", middle));
    for (int i = depth - 1; i >= 0; i--) {
      out.append(closing.charAt(i % 3));
    }
    return out.toString();
  }

  private static String repeat(String unit, int chars) {
    StringBuilder out = new StringBuilder(chars + unit.length());
    while (out.length() < chars) {
      out.append(unit);
    }
    out.setLength(chars);
    return out.toString();
  }
}
