package org.parley.spark.admit;

import org.apache.spark.Partitioner;
import scala.Tuple2;

/**
 * Sends every item of a component (keys are {@code (component, seq)}) to the same partition, and
 * spreads components evenly over the partitions.
 */
final class ComponentPartitioner extends Partitioner {
  private static final long serialVersionUID = 1L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final int partitions;

  ComponentPartitioner(int partitions) {
    this.partitions = partitions;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    long component = ((Tuple2<?, ?>) key)._1() instanceof Long c ? c : 0L;
    return Math.floorMod(Long.hashCode(component * GOLDEN), partitions);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ComponentPartitioner p && p.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return partitions;
  }
}
