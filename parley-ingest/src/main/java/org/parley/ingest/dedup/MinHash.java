package org.parley.ingest.dedup;

import java.util.Arrays;

/**
 * MinHash signatures: for each of {@value #LENGTH} hash functions, the smallest hash over a text's
 * shingles. The share of positions where two signatures agree estimates the Jaccard similarity of
 * the shingle sets (standard error about 0.03 at 0.9). Stateless and thread-safe.
 */
final class MinHash {
  static final int LENGTH = 128;
  private static final long[] SEEDS = seeds(0x5EEDL);
  private static final long[] MULTIPLIERS = odd(seeds(0xC0FFEEL));

  private MinHash() {}

  static int[] signature(long[] shingles) {
    int[] sig = new int[LENGTH];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < LENGTH; i++) {
        // multiply-shift with a random odd multiplier: a universal family, one multiply per hash
        int h = (int) ((s * MULTIPLIERS[i] + SEEDS[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The estimated similarity of {@code a} and the signature at {@code store[offset...]}. */
  static double similarity(int[] a, int[] store, int offset) {
    int same = 0;
    for (int i = 0; i < LENGTH; i++) {
      same += a[i] == store[offset + i] ? 1 : 0;
    }
    return (double) same / LENGTH;
  }

  private static long[] odd(long[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] |= 1;
    }
    return values;
  }

  private static long[] seeds(long start) {
    long[] seeds = new long[LENGTH];
    long x = start;
    for (int i = 0; i < LENGTH; i++) {
      x += 0x9E3779B97F4A7C15L;
      seeds[i] = Mix.mix(x);
    }
    return seeds;
  }
}
