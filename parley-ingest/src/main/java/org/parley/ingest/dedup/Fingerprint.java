package org.parley.ingest.dedup;

import java.util.Arrays;

/**
 * What duplicate detection compares of one document: the first 128 bits of the SHA-256 of its body
 * text with each run of whitespace made one space (equal for exact copies), and its MinHash
 * signature over word shingles (empty when the document is compared exactly only). A fingerprint
 * depends on nothing but the document and the near-duplicate threshold, so it can be computed on
 * any thread or machine and handed to a {@link Deduplicator} that decides in reading order.
 * Immutable.
 */
public record Fingerprint(long keyHigh, long keyLow, int[] signature) {
  public Fingerprint {
    signature = signature.clone();
    if (signature.length != 0 && signature.length != MinHash.LENGTH) {
      throw new IllegalArgumentException(
          "a signature has %d values, not %d".formatted(signature.length, MinHash.LENGTH));
    }
  }

  /** A copy of the MinHash signature; empty when the document is compared exactly only. */
  @Override
  public int[] signature() {
    return signature.clone();
  }

  /** Whether the document has a signature, i.e. can be a near copy. */
  public boolean hasSignature() {
    return signature.length > 0;
  }

  /**
   * The estimated Jaccard similarity of the two documents' word shingles: the share of signature
   * positions that agree. Both must have a signature.
   */
  public double similarity(Fingerprint other) {
    if (!hasSignature() || !other.hasSignature()) {
      throw new IllegalArgumentException("similarity needs two signatures");
    }
    return MinHash.similarity(signature, other.signature, 0);
  }

  /** The signature itself, for this package's arithmetic (never handed out). */
  int[] rawSignature() {
    return signature;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f
        && f.keyHigh == keyHigh
        && f.keyLow == keyLow
        && Arrays.equals(f.signature, signature);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(keyHigh) * 31 + Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return "Fingerprint[%016x%016x, %d values]".formatted(keyHigh, keyLow, signature.length);
  }
}
