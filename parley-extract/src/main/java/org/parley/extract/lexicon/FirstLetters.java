package org.parley.extract.lexicon;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * The characters a match of a regular expression can start with, read from its text: literal
 * characters, simple classes, groups and quantifiers. Only ASCII letters, digits and {@code _} are
 * kept (lower-cased, for a case-insensitive expression); anything this reading does not know
 * (escapes such as {@code \w}, lookaround, {@code .}, anchors, a match that may be empty) gives
 * none, and the caller must then try every position. Stateless.
 */
final class FirstLetters {
  /** Thrown inside the reading when the expression holds something it does not know. */
  private static final class Unknown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unknown() {
      super(null, null, false, false);
    }
  }

  /**
   * What a stretch of the expression may start with ({@code any}: characters not listed), whether
   * it may match empty, and where it ends.
   */
  private record Read(BitSet first, boolean any, boolean nullable, int end) {
    static Read width(BitSet first, boolean any, int end) {
      return new Read(first, any, false, end);
    }

    static Read zero(int end) {
      return new Read(new BitSet(128), false, true, end);
    }
  }

  private final String regex;

  private FirstLetters(String regex) {
    this.regex = regex;
  }

  /** The first characters of a non-empty match of {@code regex}, or null when not known. */
  static @Nullable BitSet of(String regex) {
    try {
      Read r = new FirstLetters(regex).alternation(0);
      boolean known = r.end() == regex.length() && !r.any() && !r.nullable();
      return known && !r.first().isEmpty() && isWordOnly(r.first()) ? r.first() : null;
    } catch (Unknown | IndexOutOfBoundsException e) {
      return null;
    }
  }

  private static boolean isWordOnly(BitSet first) {
    for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
      if (c >= 128 || !(Character.isLetterOrDigit(c) || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private Read alternation(int at) {
    BitSet first = new BitSet(128);
    boolean any = false;
    boolean nullable = false;
    int i = at;
    while (true) {
      Read s = sequence(i);
      first.or(s.first());
      any |= s.any();
      nullable |= s.nullable();
      i = s.end();
      if (i >= regex.length() || regex.charAt(i) != '|') {
        return new Read(first, any, nullable, i);
      }
      i++;
    }
  }

  private Read sequence(int at) {
    BitSet first = new BitSet(128);
    boolean any = false;
    boolean nullable = true;
    int i = at;
    while (i < regex.length() && regex.charAt(i) != '|' && regex.charAt(i) != ')') {
      Read a = quantified(atom(i));
      if (nullable) {
        first.or(a.first());
        any |= a.any();
      }
      nullable &= a.nullable();
      i = a.end();
    }
    return new Read(first, any, nullable, i);
  }

  private Read quantified(Read a) {
    int i = a.end();
    if (i >= regex.length() || "?*+{".indexOf(regex.charAt(i)) < 0) {
      return a;
    }
    char q = regex.charAt(i);
    boolean optional = q == '?' || q == '*';
    if (q == '{') {
      int close = regex.indexOf('}', i);
      optional = regex.substring(i + 1, close).split(",", -1)[0].strip().equals("0");
      i = close;
    }
    i++;
    if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
      i++; // a lazy or possessive quantifier matches the same first characters
    }
    return new Read(a.first(), a.any(), a.nullable() || optional, i);
  }

  private Read atom(int i) {
    char c = regex.charAt(i);
    return switch (c) {
      case '(' -> group(i);
      case '[' -> charClass(i);
      case '\\' -> escape(i);
      case '.' -> Read.width(new BitSet(128), true, i + 1);
      case '^', '$', ')', '|', '?', '*', '+', '{' -> throw new Unknown();
      default -> literal(c, i + 1);
    };
  }

  private Read group(int i) {
    int body = i + 1;
    boolean lookahead = regex.startsWith("?=", body) || regex.startsWith("?!", body);
    if (regex.startsWith("?:", body) || lookahead) {
      body += 2;
    } else if (regex.startsWith("?<", body) && Character.isLetter(regex.charAt(body + 2))) {
      body = regex.indexOf('>', body) + 1;
    } else if (regex.charAt(body) == '?') {
      throw new Unknown(); // lookbehind (it may read before the match), inline flags, atomic groups
    }
    Read inner = alternation(body);
    if (inner.end() >= regex.length() || regex.charAt(inner.end()) != ')') {
      throw new Unknown();
    }
    return lookahead
        ? Read.zero(inner.end() + 1)
        : new Read(inner.first(), inner.any(), inner.nullable(), inner.end() + 1);
  }

  private Read charClass(int i) {
    int close = classEnd(i);
    String members = regex.substring(i + 1, close);
    if (members.startsWith("^") || members.contains("\\") || members.contains("&&")) {
      return Read.width(new BitSet(128), true, close + 1);
    }
    BitSet first = new BitSet(128);
    for (int k = 0; k < members.length(); k++) {
      boolean range = k + 2 < members.length() && members.charAt(k + 1) == '-';
      char hi = range ? members.charAt(k + 2) : members.charAt(k);
      for (char m = members.charAt(k); m <= hi; m++) {
        first.or(literal(m, 0).first());
      }
      k += range ? 2 : 0;
    }
    return Read.width(first, false, close + 1);
  }

  /** Where the class opened at {@code i} closes; nested classes and a leading ']' are not read. */
  private int classEnd(int i) {
    for (int k = i + 1; k < regex.length(); k++) {
      char c = regex.charAt(k);
      if (c == '\\') {
        k++;
      } else if (c == '[' || c == ']' && (k == i + 1 || k == i + 2 && regex.charAt(i + 1) == '^')) {
        throw new Unknown();
      } else if (c == ']') {
        return k;
      }
    }
    throw new Unknown();
  }

  private Read escape(int i) {
    char e = regex.charAt(i + 1);
    if (e == 'b' || e == 'B') {
      return Read.zero(i + 2);
    }
    if ("wsdhvWSDHVtnrfae".indexOf(e) >= 0) {
      return Read.width(new BitSet(128), true, i + 2); // one character of a class
    }
    if (Character.isLetterOrDigit(e)) {
      throw new Unknown(); // \p{…}, an anchor, a back reference, \Q, a code point
    }
    return literal(e, i + 2);
  }

  /** A literal character, lower-cased when it is an ASCII letter (ASCII-only case folding). */
  private static Read literal(char c, int end) {
    BitSet first = new BitSet(128);
    first.set(c < 128 ? Character.toLowerCase(c) : c);
    return Read.width(first, false, end);
  }
}
