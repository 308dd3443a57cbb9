package org.parley.ingest.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A compact multimap from 64-bit band keys to document numbers (open addressing for the keys, a
 * chain of int arrays for the values), so that LSH buckets cost a few bytes per entry rather than
 * boxed collections. Not thread-safe.
 */
final class BandIndex {
  private static final int EMPTY = -1;

  private long[] keys = new long[1 << 12];
  private int[] heads = filled(1 << 12);
  private int[] docs = new int[1 << 12];
  private int[] next = new int[1 << 12];
  private int keyCount;
  private int entryCount;

  void add(long key, int doc) {
    if ((keyCount + 1) * 2 > keys.length) {
      rehash();
    }
    int slot = slot(keys, heads, key);
    if (heads[slot] == EMPTY) {
      keys[slot] = key;
      keyCount++;
    }
    if (entryCount == docs.length) {
      docs = Arrays.copyOf(docs, entryCount * 2);
      next = Arrays.copyOf(next, entryCount * 2);
    }
    docs[entryCount] = doc;
    next[entryCount] = heads[slot];
    heads[slot] = entryCount++;
  }

  void forEach(long key, IntConsumer action) {
    for (int e = heads[slot(keys, heads, key)]; e != EMPTY; e = next[e]) {
      action.accept(docs[e]);
    }
  }

  private static int slot(long[] keys, int[] heads, long key) {
    int mask = keys.length - 1;
    int i = (int) Mix.mix(key) & mask;
    while (heads[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[oldKeys.length * 2];
    heads = filled(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != EMPTY) {
        int slot = slot(keys, heads, oldKeys[i]);
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
      }
    }
  }

  private static int[] filled(int size) {
    int[] a = new int[size];
    Arrays.fill(a, EMPTY);
    return a;
  }
}
