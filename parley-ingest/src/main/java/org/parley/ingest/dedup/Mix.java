package org.parley.ingest.dedup;

/** A 64-bit finaliser (SplitMix64's), to spread hash bits. Stateless. */
final class Mix {
  private Mix() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
