package org.parley.language.quote;

import java.util.regex.Pattern;
import org.parley.language.text.SentencedText;
import org.parley.model.Span;

/**
 * Speaker labels of a transcript ("Vladimir Putin: Good afternoon …", "President of Russia Vladimir
 * Putin: …", "Andrei Kostin AndreiVTB Bank Chairman: …"): a name at the start of a sentence
 * followed by a colon, with only capitalised words between. The unquoted speech after a label is
 * not a quotation (the contract's statements are words inside quotation marks), and the label never
 * speaks a quotation near it. Stateless.
 */
final class TranscriptLabels {
  /** Capitalised words up to the colon: the rest of a label ("Kostin AndreiVTB Bank Chairman"). */
  private static final Pattern LABEL_TAIL =
      Pattern.compile("^(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,6}\\s*:");

  private TranscriptLabels() {}

  /** Whether the mention at {@code span} is a speaker label. */
  static boolean isLabel(SentencedText text, Span span) {
    String norm = text.text();
    int start = text.aligned().normStart(span);
    int end = text.aligned().normEnd(span);
    if (!LABEL_TAIL.matcher(norm.substring(end, Math.min(norm.length(), end + 80))).find()) {
      return false;
    }
    int i = start - 1;
    while (i >= 0 && norm.charAt(i) == ' ') {
      i--;
    }
    return i < 0 || ".?!\"”)\n".indexOf(norm.charAt(i)) >= 0;
  }
}
