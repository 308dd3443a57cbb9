package org.parley.ingest.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells whether a text is English with OpenNLP's 103-language model. It looks at the first {@value
 * #SAMPLE_CHARS} characters; a text with fewer than {@value #MIN_LETTERS} letters is {@link
 * LanguageVerdict.TooShort}; otherwise the text is English unless another language wins and English
 * is not within {@value #ENGLISH_MARGIN} of it. The model (10 MB) is loaded once per JVM and
 * shared; each call uses its own detector, so the check is thread-safe.
 */
public final class LanguageCheck {
  static final int SAMPLE_CHARS = 2000;
  static final int MIN_LETTERS = 40;
  static final double ENGLISH_MARGIN = 0.5;
  private static final String MODEL = "/langdetect-183.bin";

  private final LanguageDetectorModel model;

  private LanguageCheck(LanguageDetectorModel model) {
    this.model = model;
  }

  /** The check with the shared model; fails naming the missing model jar. */
  public static LanguageCheck shared() {
    return Holder.SHARED;
  }

  /** The verdict on {@code text}. */
  public LanguageVerdict check(CharSequence text) {
    CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
    int letters = (int) sample.chars().filter(Character::isLetter).count();
    if (letters < MIN_LETTERS) {
      return new LanguageVerdict.TooShort(letters);
    }
    Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
    Language top = ranked[0];
    if (top.getLang().equals("eng")) {
      return new LanguageVerdict.English(top.getConfidence());
    }
    for (Language l : ranked) {
      if (l.getLang().equals("eng") && l.getConfidence() >= ENGLISH_MARGIN * top.getConfidence()) {
        return new LanguageVerdict.English(l.getConfidence());
      }
    }
    return new LanguageVerdict.Other(top.getLang(), top.getConfidence());
  }

  private static LanguageCheck load() {
    try (InputStream in = LanguageCheck.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            "language model " + MODEL + " not on the class path: add opennlp-models-langdetect");
      }
      return new LanguageCheck(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load language model " + MODEL, e);
    }
  }

  /** Loads the model on first use. */
  private static final class Holder {
    static final LanguageCheck SHARED = load();
  }
}
