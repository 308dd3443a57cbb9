package org.parley.language.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.language.text.SentencedText;

/**
 * The "Quote:" layout of some news sites: a paragraph that opens with the label "Quote:" (or "Quote
 * from Name:") followed by the quotation, whose speaker the paragraph before introduces (or the
 * label names). Stateless.
 */
final class QuoteLabels {
  private static final Pattern LABEL =
      Pattern.compile("(?i)^\\s*quote(?:\\s+(?:from|by)\\s+(.+?))?\\s*:\\s*$");

  private QuoteLabels() {}

  /** A label in normalised [start, end); {@code named} when it names the speaker. */
  record Label(int start, int end, boolean named) {}

  /** The label right before a quotation at the start of its sentence, or null. */
  static @Nullable Label of(SentencedText text, Quotation q) {
    int qs = text.aligned().normStart(q.span());
    int sentence = text.sentenceAt(qs);
    if (sentence < 0) {
      return null;
    }
    int from = text.normStart(sentence);
    Matcher m = LABEL.matcher(text.text().substring(from, qs));
    return m.matches() ? new Label(from, qs, m.group(1) != null) : null;
  }
}
