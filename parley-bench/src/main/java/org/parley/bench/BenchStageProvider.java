package org.parley.bench;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Contributes named stages to the harness (a {@link java.util.ServiceLoader} service, listed in
 * {@code META-INF/services/org.parley.bench.BenchStageProvider}).
 */
public interface BenchStageProvider {
  /** Stage names and how to build each (building may load models; it is not timed). */
  Map<String, Supplier<BenchStage>> stages();
}
