package org.parley.language.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English UD models (sentence, tokenizer, part of speech), read once from the model jars
 * on the class path; the {@code new XxxME("en")} constructors, which download, are never used.
 * Loaded models are immutable and shared between threads.
 */
public record OpenNlpModels(
    SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech) {
  private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Loads the three models from the class path. */
  public static OpenNlpModels fromClasspath() {
    try (InputStream s = open(SENTENCE);
        InputStream t = open(TOKENS);
        InputStream p = open(POS)) {
      return new OpenNlpModels(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read an OpenNLP model from the class path", e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = OpenNlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "OpenNLP model "
              + resource
              + " is not on the class path; add org.apache.opennlp:opennlp-models-*-en 1.3.0");
    }
    return in;
  }
}
