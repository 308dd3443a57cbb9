package org.parley.spark.admit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import scala.Tuple2;

/**
 * Union-find over places in reading order: the components of a set of edges, each named by its
 * first place (smallest seq). Not thread-safe.
 */
final class Components {
  private final Map<Long, Long> parent = new HashMap<>();

  /** Adds the edge between {@code a} and {@code b}. */
  void join(long a, long b) {
    long ra = root(a);
    long rb = root(b);
    if (ra != rb) {
      parent.put(Math.max(ra, rb), Math.min(ra, rb));
    }
  }

  /** Whether the edge between {@code a} and {@code b} joins two components; adds it either way. */
  boolean joins(long a, long b) {
    long ra = root(a);
    long rb = root(b);
    join(ra, rb);
    return ra != rb;
  }

  /** Every place met, mapped to its component's first place. */
  Map<Long, Long> roots() {
    Map<Long, Long> out = new HashMap<>();
    List<Long> children = List.copyOf(parent.keySet());
    for (Long node : children) {
      out.put(node, root(node));
    }
    for (Long node : children) {
      out.putIfAbsent(out.get(node), out.get(node));
    }
    return out;
  }

  /** The edges of a spanning forest of {@code edges}: the same components, fewer edges. */
  static Iterator<Tuple2<Long, Long>> spanning(Iterator<Tuple2<Long, Long>> edges) {
    Components c = new Components();
    List<Tuple2<Long, Long>> kept = new ArrayList<>();
    edges.forEachRemaining(
        e -> {
          if (c.joins(e._1(), e._2())) {
            kept.add(e);
          }
        });
    return kept.iterator();
  }

  private long root(long node) {
    long r = node;
    Long p;
    while ((p = parent.get(r)) != null) {
      r = p;
    }
    long n = node;
    while (n != r) {
      Long next = parent.get(n);
      parent.put(n, r);
      n = next;
    }
    return r;
  }
}
