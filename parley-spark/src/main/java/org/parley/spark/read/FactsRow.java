package org.parley.spark.read;

import java.io.Serializable;
import org.parley.ingest.Admission;
import org.parley.ingest.dedup.Fingerprint;
import org.parley.ingest.language.LanguageVerdict;

/**
 * {@link Admission.Facts} as a serializable row: the body hash, the MinHash signature, the band
 * keys and the language verdict ({@code language} is {@code "eng"} for English, {@code ""} for too
 * short to tell, else the model's ISO 639-3 code with its {@code confidence}; {@code letters} for
 * too short).
 */
public record FactsRow(
    long keyHigh,
    long keyLow,
    int[] signature,
    long[] bandKeys,
    String language,
    double confidence,
    int letters)
    implements Serializable {
  private static final String ENGLISH = "eng";
  private static final String TOO_SHORT = "";

  /** The row of {@code facts}. */
  public static FactsRow of(Admission.Facts facts) {
    Fingerprint fp = facts.fingerprint();
    return switch (facts.language()) {
      case LanguageVerdict.English e ->
          new FactsRow(fp.keyHigh(), fp.keyLow(), fp.signature(), facts.bandKeys(), ENGLISH, 1, 0);
      case LanguageVerdict.TooShort s ->
          new FactsRow(
              fp.keyHigh(),
              fp.keyLow(),
              fp.signature(),
              facts.bandKeys(),
              TOO_SHORT,
              0,
              s.letters());
      case LanguageVerdict.Other o ->
          new FactsRow(
              fp.keyHigh(),
              fp.keyLow(),
              fp.signature(),
              facts.bandKeys(),
              o.language(),
              o.confidence(),
              0);
    };
  }

  /** The facts again. */
  public Admission.Facts facts() {
    LanguageVerdict verdict =
        switch (language) {
          case ENGLISH -> new LanguageVerdict.English();
          case TOO_SHORT -> new LanguageVerdict.TooShort(letters);
          default -> new LanguageVerdict.Other(language, confidence);
        };
    return new Admission.Facts(fingerprint(), bandKeys, verdict);
  }

  /** The fingerprint alone. */
  public Fingerprint fingerprint() {
    return new Fingerprint(keyHigh, keyLow, signature);
  }

  /** Whether the document can be a near copy. */
  public boolean hasSignature() {
    return signature.length > 0;
  }
}
