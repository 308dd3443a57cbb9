/**
 * Benchmarks of the Spark job (run by {@code ./bench spark}, never as tests): throughput on {@code
 * local[1]} and {@code local[2]} beside {@code parley extract --threads 1} and {@code --threads 2}
 * on the same input in the same run, and the cost of each stage on one thread, for the capacity
 * plan.
 */
@NullMarked
package org.parley.spark.bench;

import org.jspecify.annotations.NullMarked;
