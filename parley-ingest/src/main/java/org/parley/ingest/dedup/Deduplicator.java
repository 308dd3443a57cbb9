package org.parley.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/**
 * Finds documents that copy one seen before, in two steps so that a caller can put a check of its
 * own between them: {@link #exactCopy} (identical body text, whitespace aside) and {@link
 * #nearCopy} (MinHash over word shingles, LSH-banded, with a Jaccard threshold), which also
 * remembers the document as canonical when it copies nothing. The canonical is always the first
 * document seen. Documents of fewer than {@value #MIN_NEAR_WORDS} words are only compared exactly:
 * their shingle sets are too small to estimate. Both steps also take a {@link Fingerprint} computed
 * before ({@link #fingerprint}, stateless, so any thread or machine can compute it): the verdicts
 * are the same. Not thread-safe.
 */
public final class Deduplicator {
  /** Shorter documents are compared exactly only. */
  public static final int MIN_NEAR_WORDS = 50;

  private final double threshold;
  private final int rows;
  private final Map<Key, DocumentId> byHash = new HashMap<>();
  private final List<DocumentId> canonicals = new ArrayList<>();
  private final BandIndex bands = new BandIndex();
  private int[] signatures = new int[MinHash.LENGTH * 1024];

  /**
   * A deduplicator whose near copies have an estimated shingle Jaccard similarity of at least
   * {@code threshold}, in (0, 1]; 0 turns near-copy detection off.
   */
  public Deduplicator(double threshold) {
    if (threshold < 0 || threshold > 1) {
      throw new IllegalArgumentException(
          "near-duplicate threshold must lie in [0, 1]: " + threshold);
    }
    this.threshold = threshold;
    this.rows = rowsFor(threshold);
  }

  /** A copy verdict when {@code doc}'s body text equals that of a document seen before. */
  public Verdict exactCopy(Document doc) {
    return exactCopy(fingerprint(doc));
  }

  /** A copy verdict when the fingerprinted body text equals that of a document seen before. */
  public Verdict exactCopy(Fingerprint fingerprint) {
    DocumentId canonical = byHash.get(Key.of(fingerprint));
    return canonical == null ? new Verdict.Unseen() : new Verdict.Copy(canonical, true, 1.0);
  }

  /**
   * A copy verdict when {@code doc} nearly copies a document seen before; otherwise {@code doc}
   * becomes canonical for later copies. Call after {@link #exactCopy} returned unseen.
   */
  public Verdict nearCopy(Document doc) {
    return nearCopy(doc.id(), fingerprint(doc));
  }

  /**
   * {@link #nearCopy(Document)} on a fingerprint computed before (by {@link #fingerprint}, here or
   * on another machine with the same threshold): the same verdict, and the same memory of it.
   */
  public Verdict nearCopy(DocumentId id, Fingerprint fingerprint) {
    Key key = Key.of(fingerprint);
    if (!fingerprint.hasSignature()) {
      byHash.put(key, id);
      return new Verdict.Unseen();
    }
    int[] sig = fingerprint.rawSignature();
    Verdict verdict = bestMatch(sig);
    if (verdict instanceof Verdict.Copy copy) {
      byHash.putIfAbsent(key, copy.canonical());
      return verdict;
    }
    byHash.put(key, id);
    remember(id, sig);
    return verdict;
  }

  /**
   * The fingerprint of {@code doc} under this deduplicator's threshold: no signature when near-copy
   * detection is off or the body has fewer than {@value #MIN_NEAR_WORDS} words. Stateless.
   */
  public Fingerprint fingerprint(Document doc) {
    long[] words = threshold == 0 ? new long[0] : Shingles.words(doc.bodyText());
    int[] sig = words.length < MIN_NEAR_WORDS ? new int[0] : MinHash.signature(Shingles.of(words));
    Key key = Key.of(doc);
    return new Fingerprint(key.high(), key.low(), sig);
  }

  /**
   * The LSH band keys the fingerprint is filed under (none without a signature): a document is
   * compared with the canonical documents that share at least one of them, so two documents with no
   * band key in common are never near copies of each other. Stateless.
   */
  public long[] bandKeys(Fingerprint fingerprint) {
    if (!fingerprint.hasSignature()) {
      return new long[0];
    }
    int[] sig = fingerprint.rawSignature();
    long[] keys = new long[MinHash.LENGTH / rows];
    for (int band = 0; band < keys.length; band++) {
      keys[band] = bandKey(sig, band);
    }
    return keys;
  }

  private Verdict bestMatch(int[] sig) {
    double best = 0;
    int bestDoc = -1;
    for (int band = 0; band < MinHash.LENGTH / rows; band++) {
      for (int d : candidates(bandKey(sig, band))) {
        double s = MinHash.similarity(sig, signatures, d * MinHash.LENGTH);
        if (s > best || (s == best && d < bestDoc)) {
          best = s;
          bestDoc = d;
        }
      }
    }
    return bestDoc >= 0 && best >= threshold
        ? new Verdict.Copy(canonicals.get(bestDoc), false, best)
        : new Verdict.Unseen();
  }

  private int[] candidates(long bandKey) {
    IntStream.Builder found = IntStream.builder();
    bands.forEach(bandKey, found::add);
    return found.build().toArray();
  }

  private void remember(DocumentId id, int[] sig) {
    int doc = canonicals.size();
    canonicals.add(id);
    if ((doc + 1) * MinHash.LENGTH > signatures.length) {
      signatures = Arrays.copyOf(signatures, signatures.length * 2);
    }
    System.arraycopy(sig, 0, signatures, doc * MinHash.LENGTH, MinHash.LENGTH);
    for (int band = 0; band < MinHash.LENGTH / rows; band++) {
      bands.add(bandKey(sig, band), doc);
    }
  }

  private long bandKey(int[] sig, int band) {
    long h = band;
    for (int i = band * rows; i < (band + 1) * rows; i++) {
      h = Mix.mix(h * 31 + sig[i]);
    }
    return h;
  }

  /**
   * Rows per band so that the LSH curve's midpoint, (1/bands)^(1/rows), lies about 0.15 below the
   * threshold: pairs at the threshold are then candidates with probability above 0.99.
   */
  private static int rowsFor(double threshold) {
    int best = 1;
    for (int r : new int[] {1, 2, 4, 8, 16}) {
      double midpoint = Math.pow(1.0 / (MinHash.LENGTH / r), 1.0 / r);
      if (midpoint <= threshold - 0.15) {
        best = r;
      }
    }
    return best;
  }

  /**
   * The first 128 bits of the SHA-256 of a document's body text with each run of whitespace made
   * one space: copies that differ only in line endings or spacing are exact copies.
   */
  private record Key(long high, long low) {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static Key of(Fingerprint f) {
      return new Key(f.keyHigh(), f.keyLow());
    }

    static Key of(Document doc) {
      String hex = Document.sha256(WHITESPACE.matcher(doc.bodyText()).replaceAll(" ").strip());
      return new Key(
          HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32));
    }
  }
}
