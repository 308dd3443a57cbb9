package org.parley.spark.admit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.parley.ingest.dedup.Fingerprint;
import org.parley.spark.read.FactsRow;
import org.parley.spark.read.ItemRow;
import scala.Tuple2;

/**
 * The pairs of documents whose admission can depend on each other: same exact key, or a shared LSH
 * band key with an estimated similarity at or above the threshold (the only pairs a {@code
 * Deduplicator} can link). Copies with the same exact key share their signature, so only the first
 * of each exact group takes part in the band search.
 */
final class Edges {
  private Edges() {}

  /** The edges, reduced to a spanning forest per task so that few travel to the driver. */
  static JavaPairRDD<Long, Long> of(JavaRDD<ItemRow> items, double threshold) {
    JavaPairRDD<Tuple2<Long, Long>, Iterable<Tuple2<Long, FactsRow>>> exactGroups =
        items
            .filter(i -> i instanceof ItemRow.Parsed)
            .mapToPair(
                i -> {
                  FactsRow f = ((ItemRow.Parsed) i).facts();
                  return new Tuple2<>(
                      new Tuple2<>(f.keyHigh(), f.keyLow()), new Tuple2<>(i.seq(), f));
                })
            .groupByKey();
    JavaPairRDD<Long, Long> exact = exactGroups.flatMapToPair(g -> star(g._2()).iterator());
    JavaPairRDD<Long, FactsRow> firsts = exactGroups.mapToPair(g -> first(g._2()));
    JavaPairRDD<Long, Long> near = near(firsts, threshold);
    return exact.union(near).mapPartitionsToPair(Components::spanning);
  }

  private static JavaPairRDD<Long, Long> near(JavaPairRDD<Long, FactsRow> firsts, double t) {
    JavaPairRDD<Long, FactsRow> signed = firsts.filter(f -> f._2().hasSignature());
    JavaPairRDD<Long, Long> candidates =
        signed
            .flatMapToPair(f -> bandEntries(f._1(), f._2()).iterator())
            .groupByKey()
            .flatMapToPair(band -> pairs(band._2()).iterator())
            .distinct();
    return candidates
        .join(signed)
        .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
        .join(signed)
        .filter(c -> similarity(c._2()._1()._2(), c._2()._2()) >= t)
        .mapToPair(c -> new Tuple2<>(c._2()._1()._1(), c._1()));
  }

  private static double similarity(FactsRow a, FactsRow b) {
    Fingerprint fa = a.fingerprint();
    return fa.similarity(b.fingerprint());
  }

  private static List<Tuple2<Long, Long>> bandEntries(long seq, FactsRow facts) {
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    for (long key : facts.bandKeys()) {
      out.add(new Tuple2<>(key, seq));
    }
    return out;
  }

  /** Every pair of a band's members, the earlier first. */
  private static List<Tuple2<Long, Long>> pairs(Iterable<Long> members) {
    long[] seqs =
        StreamSupport.stream(members.spliterator(), false)
            .mapToLong(Long::longValue)
            .sorted()
            .toArray();
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    for (int i = 0; i < seqs.length; i++) {
      for (int j = i + 1; j < seqs.length; j++) {
        out.add(new Tuple2<>(seqs[i], seqs[j]));
      }
    }
    return out;
  }

  /** The first member of an exact group linked to each other member. */
  private static List<Tuple2<Long, Long>> star(Iterable<Tuple2<Long, FactsRow>> group) {
    long first = first(group)._1();
    List<Tuple2<Long, Long>> out = new ArrayList<>();
    for (Tuple2<Long, FactsRow> member : group) {
      if (member._1() != first) {
        out.add(new Tuple2<>(first, member._1()));
      }
    }
    return out;
  }

  private static Tuple2<Long, FactsRow> first(Iterable<Tuple2<Long, FactsRow>> group) {
    Tuple2<Long, FactsRow> first = null;
    for (Tuple2<Long, FactsRow> member : group) {
      if (first == null || member._1() < first._1()) {
        first = member;
      }
    }
    return first;
  }
}
