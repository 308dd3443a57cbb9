package org.parley.language.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.language.text.SentencedText;
import org.parley.model.Span;

/**
 * Embedded social-media posts, which the contract counts as quotations: a paragraph that ends with
 * the post's signature "— Name (@handle) Month D, YYYY", its words before the links being the
 * quoted words and the name its speaker. Stateless.
 */
final class EmbeddedPosts {
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "(?:\\s*(?:https?://\\S+|pic\\.twitter\\.com/\\S+))*\\s*[—–-]\\s*([^()\\n]{2,80}?)\\s*"
              + "\\(@\\w+\\)\\s+\\p{Lu}\\p{L}+\\.? \\d{1,2}, \\d{4}\\s*$");

  /** The longest signature read after a quotation (links, name, handle, date). */
  private static final int MAX_SIGNATURE = 600;

  private EmbeddedPosts() {}

  /** The posts of {@code text} outside the {@code quoted} paragraphs, speakers not resolved. */
  static List<Quotation> find(SentencedText text, List<Quotation> quoted) {
    List<Quotation> out = new ArrayList<>();
    String norm = text.text();
    int handle = norm.indexOf("(@");
    for (var p : text.paragraphs()) {
      int ps = text.aligned().normStart(p.span());
      if (handle >= 0 && handle < ps) {
        handle = norm.indexOf("(@", ps); // the handle scan moves forward only: linear in the text
      }
      if (handle < 0) {
        break;
      }
      Quotation post = handle < text.aligned().normEnd(p.span()) ? post(text, p.span()) : null;
      if (post != null && quoted.stream().noneMatch(q -> q.span().overlaps(p.span()))) {
        out.add(post);
      }
    }
    return out;
  }

  /** The post that paragraph {@code para} is, or null when it does not end with a signature. */
  private static @Nullable Quotation post(SentencedText text, Span para) {
    String norm = text.text();
    int ps = text.aligned().normStart(para);
    Matcher m = SIGNATURE.matcher(norm).region(ps, text.aligned().normEnd(para));
    if (!m.find() || norm.substring(ps, m.start()).chars().noneMatch(Character::isLetter)) {
      return null;
    }
    int end = m.start();
    while (end > ps && Character.isWhitespace(norm.charAt(end - 1))) {
      end--;
    }
    Span words = text.span(ps, end);
    return new Quotation(
        words, List.of(words), new Speaker.Unknown("not resolved yet"), false, true);
  }

  /** The signature's name after a post quotation, in normalised [start, end), or null. */
  static int @Nullable [] signer(SentencedText text, Quotation q) {
    String norm = text.text();
    int from = text.aligned().normEnd(q.span());
    int end = from;
    int limit = Math.min(norm.length(), from + MAX_SIGNATURE);
    while (end < limit && norm.charAt(end) != '\n') {
      end++;
    }
    Matcher m = SIGNATURE.matcher(norm).region(from, end);
    return m.lookingAt() ? new int[] {m.start(1), m.end(1)} : null;
  }
}
