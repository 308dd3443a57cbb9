package org.parley.language.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;

/**
 * Tokens, part-of-speech tags and lemmas for one sentence at a time: OpenNLP's tokenizer and tagger
 * (models shared, state per thread) and {@link RuleLemmatizer}. Called only for the sentences a
 * caller asks for, because tagging is the expensive step. Thread-safe.
 */
public final class PartOfSpeechTagger {
  private final ThreadSafeTokenizerME tokenizer;
  private final ThreadSafePOSTaggerME tagger;
  private final RuleLemmatizer lemmatizer = new RuleLemmatizer();

  public PartOfSpeechTagger(OpenNlpModels models) {
    this.tokenizer = new ThreadSafeTokenizerME(models.tokens());
    this.tagger = new ThreadSafePOSTaggerME(models.partsOfSpeech());
  }

  /** The tokens of sentence {@code index} of {@code text}. */
  public List<Token> tag(SentencedText text, int index) {
    int base = text.normStart(index);
    String sentence = text.sentenceText(index);
    opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(sentence);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = spans[i].getCoveredText(sentence).toString();
    }
    String[] tags = tagger.tag(words);
    List<Token> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      int s = base + spans[i].getStart();
      int e = base + spans[i].getEnd();
      out.add(new Token(text.span(s, e), words[i], tags[i], lemmatizer.lemma(words[i], tags[i])));
    }
    return List.copyOf(out);
  }
}
