package org.parley.language.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.parley.model.Span;

/**
 * Finds the items of a list whose span overlaps, or lies within, a query span, in the list's own
 * order, in time logarithmic in the list plus the items near the query: the same answer as a filter
 * over the whole list, without the whole-list walk that made per-sentence queries quadratic in a
 * document's length. Items are indexed by start, with the furthest end seen so far, so long spans
 * are found too. Immutable and thread-safe.
 *
 * @param <T> the items
 */
public final class SpanIndex<T> {
  private final List<T> items;
  private final int[] order;
  private final int[] starts;
  private final int[] furthestEnds;
  private final int[] ends;

  /** Indexes {@code items} by the spans {@code spanOf} gives them. */
  public SpanIndex(List<T> items, Function<T, Span> spanOf) {
    this.items = List.copyOf(items);
    Span[] spans = this.items.stream().map(spanOf).toArray(Span[]::new);
    this.order =
        IntStream.range(0, spans.length)
            .boxed()
            .sorted(Comparator.comparingInt(i -> spans[i].start()))
            .mapToInt(Integer::intValue)
            .toArray();
    this.starts = new int[order.length];
    this.ends = new int[order.length];
    this.furthestEnds = new int[order.length];
    int furthest = Integer.MIN_VALUE;
    for (int k = 0; k < order.length; k++) {
      starts[k] = spans[order[k]].start();
      ends[k] = spans[order[k]].end();
      furthest = Math.max(furthest, ends[k]);
      furthestEnds[k] = furthest;
    }
  }

  /** The items whose span overlaps {@code span} ({@link Span#overlaps}), in list order. */
  public List<T> overlapping(Span span) {
    List<Integer> hits = new ArrayList<>();
    for (int k = firstFurthestEndAfter(span.start());
        k < order.length && starts[k] < span.end();
        k++) {
      if (span.start() < ends[k]) {
        hits.add(order[k]);
      }
    }
    return inListOrder(hits);
  }

  /** The items whose span lies within {@code span} ({@link Span#contains}), in list order. */
  public List<T> within(Span span) {
    List<Integer> hits = new ArrayList<>();
    for (int k = firstStartAtOrAfter(span.start());
        k < order.length && starts[k] <= span.end();
        k++) {
      if (ends[k] <= span.end()) {
        hits.add(order[k]);
      }
    }
    return inListOrder(hits);
  }

  private List<T> inListOrder(List<Integer> hits) {
    int[] sorted = hits.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(sorted);
    List<T> out = new ArrayList<>(sorted.length);
    for (int i : sorted) {
      out.add(items.get(i));
    }
    return List.copyOf(out);
  }

  private int firstFurthestEndAfter(int n) {
    int lo = 0;
    int hi = order.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (furthestEnds[mid] > n) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private int firstStartAtOrAfter(int n) {
    int lo = 0;
    int hi = order.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < n) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
