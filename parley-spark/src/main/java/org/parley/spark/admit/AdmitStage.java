package org.parley.spark.admit;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.parley.spark.JobSettings;
import org.parley.spark.read.ItemRow;
import scala.Tuple2;

/**
 * Decides every item as {@code parley read} does: the components of the duplicate edges are found
 * on the driver (from a spanning forest, so only a few edges per component travel), every item goes
 * to the partition of its component (an item in no edge is a component of its own), and each
 * partition runs one {@code Admission} over its items in reading order. Items of different
 * components share no key, so deciding them in one admission is deciding them apart.
 */
public final class AdmitStage {
  private AdmitStage() {}

  /** The outcomes of {@code items} in {@code partitions} partitions, sorted by seq within each. */
  public static JavaRDD<OutcomeRow> admit(
      JavaSparkContext spark, JavaRDD<ItemRow> items, JobSettings settings, int partitions) {
    Components components = new Components();
    Edges.of(items, settings.nearDuplicate())
        .collect()
        .forEach(e -> components.join(e._1(), e._2()));
    Broadcast<HashMap<Long, Long>> roots = spark.broadcast(new HashMap<>(components.roots()));
    return items
        .mapToPair(i -> new Tuple2<>(new Tuple2<>(component(roots.value(), i.seq()), i.seq()), i))
        .repartitionAndSortWithinPartitions(new ComponentPartitioner(partitions), new BySeq())
        .mapPartitions(sorted -> new Deciding(values(sorted), settings.ingestOptions()));
  }

  private static long component(Map<Long, Long> roots, long seq) {
    return roots.getOrDefault(seq, seq);
  }

  private static Iterator<ItemRow> values(Iterator<Tuple2<Tuple2<Long, Long>, ItemRow>> sorted) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return sorted.hasNext();
      }

      @Override
      public ItemRow next() {
        return sorted.next()._2();
      }
    };
  }

  /** Orders {@code (component, seq)} keys by seq. */
  private static final class BySeq implements Comparator<Tuple2<Long, Long>>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Tuple2<Long, Long> a, Tuple2<Long, Long> b) {
      return Long.compare(a._2(), b._2());
    }
  }
}
