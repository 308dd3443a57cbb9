package org.parley.language.text;

import java.util.Objects;
import org.parley.model.Span;

/**
 * An OpenNLP token of a sentence: its span (original coordinates), its normalised text, its
 * universal part-of-speech tag (the UD model's tag set: NOUN, VERB, PROPN, …) and a rule-based
 * lemma.
 */
public record Token(Span span, String text, String pos, String lemma) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
  }
}
