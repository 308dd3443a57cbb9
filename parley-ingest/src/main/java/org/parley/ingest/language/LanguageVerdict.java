package org.parley.ingest.language;

/** What language a text is in, as far as Parley needs to know. */
public sealed interface LanguageVerdict {
  /** English. */
  record English() implements LanguageVerdict {}

  /** Too little text to tell; treated as English. */
  record TooShort(int letters) implements LanguageVerdict {}

  /** Another language: its ISO 639-3 code and the model's confidence. */
  record Other(String language, double confidence) implements LanguageVerdict {}
}
