package org.parley.language.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.language.internal.ReportingVerbs;
import org.parley.language.text.SentencedText;
import org.parley.model.Span;

/**
 * Finds quotations: marks paired by {@link QuoteMarks} and embedded posts ({@link EmbeddedPosts}),
 * then a quotation split by a reporting clause ({@code "X," he said. "Y."}, {@code "X," Peskov told
 * reporters. "Y."}, {@code "X," he told Russian television, "but Y."}) or followed directly by
 * another quoted sentence merged into one. Speakers are left {@link Speaker.Unknown} for {@link
 * SpeakerResolver}. Stateless.
 */
public final class QuoteFinder {
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  /** The quotations of {@code text} in document order, speakers not yet resolved. */
  public List<Quotation> find(SentencedText text) {
    List<QuoteMarks.Marked> marked = merge(text, QuoteMarks.pair(text));
    List<Quotation> out = new ArrayList<>();
    for (QuoteMarks.Marked m : marked) {
      List<Span> parts = new ArrayList<>();
      for (int[] p : m.parts()) {
        parts.add(text.span(p[0], p[1]));
      }
      Span span = text.span(m.open(), m.end());
      out.add(
          new Quotation(
              span,
              parts,
              new Speaker.Unknown("not resolved yet"),
              isPartial(text, m),
              m.closed()));
    }
    List<Quotation> posts = EmbeddedPosts.find(text, out);
    if (!posts.isEmpty()) {
      out.addAll(posts);
      out.sort(Comparator.comparingInt(q -> q.span().start()));
    }
    return List.copyOf(out);
  }

  private static List<QuoteMarks.Marked> merge(SentencedText text, List<QuoteMarks.Marked> in) {
    List<QuoteMarks.Marked> out = new ArrayList<>();
    for (QuoteMarks.Marked m : in) {
      if (!out.isEmpty() && continues(text, out.get(out.size() - 1), m)) {
        QuoteMarks.Marked a = out.remove(out.size() - 1);
        List<int[]> parts = new ArrayList<>(a.parts());
        parts.addAll(m.parts());
        out.add(new QuoteMarks.Marked(a.open(), m.end(), parts, m.closed()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether {@code b} continues {@code a}: same paragraph, joined by a reporting clause. */
  private static boolean continues(SentencedText text, QuoteMarks.Marked a, QuoteMarks.Marked b) {
    if (!a.closed() || paragraphOf(text, a.open()) != paragraphOf(text, b.open())) {
      return false;
    }
    String norm = text.text();
    String between = norm.substring(a.end(), b.open()).strip();
    boolean standalone = startsSentence(text, b) && endsSentence(text, b);
    if (isPartialOpening(text, a) || !standalone && !isSentenceSplit(text, a, b, between)) {
      return false;
    }
    if (between.isEmpty()) {
      return true;
    }
    if (between.length() > 160
        || !(between.endsWith(".") || between.endsWith(":") || between.endsWith(","))) {
      return false;
    }
    var words = WORD.matcher(between.toLowerCase(java.util.Locale.ROOT));
    while (words.find()) {
      if (ReportingVerbs.contains(words.group())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence is split by a reporting clause between commas: {@code "X," he told Russian
   * television, "but Y."} — the first part ends with a comma, the clause ends with one, and the
   * second part closes the same sentence.
   */
  private static boolean isSentenceSplit(
      SentencedText text, QuoteMarks.Marked a, QuoteMarks.Marked b, String between) {
    int[] last = a.parts().get(a.parts().size() - 1);
    String first = text.text().substring(last[0], last[1]).strip();
    int s = text.sentenceAt(a.open());
    return first.endsWith(",")
        && between.endsWith(",")
        && between.length() <= 100
        && s >= 0
        && s == text.sentenceAt(b.open())
        && endsSentence(text, b);
  }

  private static boolean startsSentence(SentencedText text, QuoteMarks.Marked b) {
    int s = text.sentenceAt(b.open());
    return s >= 0 && text.normStart(s) == b.open();
  }

  private static boolean endsSentence(SentencedText text, QuoteMarks.Marked b) {
    int s = text.sentenceAt(Math.max(b.open(), b.end() - 1));
    return s >= 0 && text.text().substring(b.end(), Math.max(b.end(), text.normEnd(s))).isBlank();
  }

  private static boolean isPartialOpening(SentencedText text, QuoteMarks.Marked m) {
    String norm = text.text();
    int i = m.open() - 1;
    while (i >= 0 && norm.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && (Character.isLetterOrDigit(norm.charAt(i)) || norm.charAt(i) == ',');
  }

  private static boolean isPartial(SentencedText text, QuoteMarks.Marked m) {
    if (isPartialOpening(text, m)) {
      return true;
    }
    String norm = text.text();
    int[] last = m.parts().get(m.parts().size() - 1);
    boolean bareEnd = last[1] > last[0] && Character.isLetterOrDigit(norm.charAt(last[1] - 1));
    int i = m.end();
    while (i < norm.length() && norm.charAt(i) == ' ') {
      i++;
    }
    boolean wordAfter =
        i < norm.length() && Character.isLowerCase(norm.charAt(i)) && !followedByCue(norm, i);
    return bareEnd && wordAfter && !startsSentence(text, m);
  }

  private static boolean followedByCue(String norm, int i) {
    var m = WORD.matcher(norm);
    return m.find(i) && m.start() == i && ReportingVerbs.contains(m.group());
  }

  private static int paragraphOf(SentencedText text, int n) {
    int s = text.sentenceAt(n);
    return s < 0 ? -1 : text.paragraphOf(s);
  }
}
