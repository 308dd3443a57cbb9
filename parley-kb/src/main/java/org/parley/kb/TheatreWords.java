package org.parley.kb;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of the theatre that rules look for in running text, as the regular-expression fragments the
 * data gives ({@code Ukrain\w*}, {@code donbass?}); they match as whole words, in one {@link
 * Pattern} compiled once. Empty when the data gives none: then nothing matches. Immutable.
 */
public record TheatreWords(List<String> fragments, boolean ignoreCase, Pattern pattern) {
  private static final Pattern NOTHING = Pattern.compile("(?!)");

  public TheatreWords {
    fragments = List.copyOf(fragments);
  }

  /**
   * The words of {@code fragments}, in that order (the order of a regular expression's
   * alternatives), ignoring case or not.
   *
   * @throws java.util.regex.PatternSyntaxException when a fragment is not a regular expression
   */
  public static TheatreWords of(List<String> fragments, boolean ignoreCase) {
    Pattern p =
        fragments.isEmpty()
            ? NOTHING
            : Pattern.compile(
                "\\b(?:" + String.join("|", fragments) + ")\\b",
                ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    return new TheatreWords(fragments, ignoreCase, p);
  }

  /** No words. */
  public static TheatreWords none() {
    return of(List.of(), false);
  }

  /** Whether one of the words occurs in {@code text}. */
  public boolean isFoundIn(CharSequence text) {
    return pattern.matcher(text).find();
  }

  /** A matcher of the words over {@code text}. */
  public Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }
}
