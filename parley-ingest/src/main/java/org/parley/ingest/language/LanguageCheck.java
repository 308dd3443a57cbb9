package org.parley.ingest.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells whether a text is English, looking at its first {@value #SAMPLE_CHARS} characters. A text
 * with fewer than {@value #MIN_LETTERS} letters is {@link LanguageVerdict.TooShort}. A text whose
 * words are at least {@value #CLEARLY_ENGLISH} English function words ("the", "of", "said"...) is
 * English without further ado: English news runs at 0.16–0.5, German, French or Dutch prose below
 * 0.08, and the shortcut spares OpenNLP's model (about 2 ms a document) for 97% of the shared
 * corpus. Every other text goes to OpenNLP's 103-language model: English when the model ranks
 * English first or within {@value #ENGLISH_MARGIN} of the winner, or, since the model's confidences
 * on one-sentence texts are low and close (a 90-character English readout can rank Waray first),
 * when function words still make up {@value #FUNCTION_WORD_SHARE} of its words. The model (10 MB)
 * is loaded once per JVM and shared; each call uses its own detector, so the check is thread-safe.
 */
public final class LanguageCheck {
  static final int SAMPLE_CHARS = 600;
  static final int MIN_LETTERS = 40;
  static final double ENGLISH_MARGIN = 0.5;
  static final double FUNCTION_WORD_SHARE = 0.2;
  static final double CLEARLY_ENGLISH = 0.25;
  private static final String MODEL = "/langdetect-183.bin";
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "in", "a", "is", "was", "were", "are", "with", "on", "for",
          "that", "by", "has", "had", "have", "from", "at", "as", "it", "its", "this", "be", "an",
          "will", "would", "not", "he", "she", "they", "their", "his", "her", "said", "which");

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
    String sample = text.subSequence(0, Math.min(text.length(), SAMPLE_CHARS)).toString();
    int letters = (int) sample.chars().filter(Character::isLetter).count();
    if (letters < MIN_LETTERS) {
      return new LanguageVerdict.TooShort(letters);
    }
    double share = functionWordShare(sample);
    if (share >= CLEARLY_ENGLISH) {
      return new LanguageVerdict.English();
    }
    Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
    Language top = ranked[0];
    for (Language l : ranked) {
      if (l.getLang().equals("eng") && l.getConfidence() >= ENGLISH_MARGIN * top.getConfidence()) {
        return new LanguageVerdict.English();
      }
    }
    if (share >= FUNCTION_WORD_SHARE) {
      return new LanguageVerdict.English();
    }
    return new LanguageVerdict.Other(top.getLang(), top.getConfidence());
  }

  private static double functionWordShare(String sample) {
    String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    long hits = 0;
    long total = 0;
    for (String w : words) {
      if (!w.isEmpty()) {
        total++;
        hits += FUNCTION_WORDS.contains(w) ? 1 : 0;
      }
    }
    return total == 0 ? 0 : (double) hits / total;
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
