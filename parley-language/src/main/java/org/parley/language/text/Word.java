package org.parley.language.text;

/**
 * A cheap word of normalised text for dictionary matching (not an OpenNLP token): normalised
 * offsets, the characters as written, and the folded key (lower case, no diacritics). A possessive
 * ending is a word of its own ({@code 's}); punctuation marks are one-character words; {@code
 * hyphenated} says the word is joined to the previous one by a hyphen ("Russian-backed").
 */
public record Word(int start, int end, String raw, String key, boolean hyphenated) {
  /** Whether the word starts with an upper-case letter. */
  public boolean isCapitalized() {
    return !raw.isEmpty() && Character.isUpperCase(raw.charAt(0));
  }

  /** Whether the word is a letter or digit word rather than punctuation. */
  public boolean isAlphanumeric() {
    return !raw.isEmpty() && Character.isLetterOrDigit(raw.charAt(0));
  }

  /** Whether the word is the possessive ending {@code 's} or a lone apostrophe after a plural. */
  public boolean isPossessive() {
    return key.equals("'s") || key.equals("'");
  }

  /** Whether the word is the punctuation mark {@code c}. */
  public boolean is(char c) {
    return raw.length() == 1 && raw.charAt(0) == c;
  }
}
