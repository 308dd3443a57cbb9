/**
 * Parley's benchmarks: an end-to-end throughput harness ({@link org.parley.bench.Bench}) that runs
 * a named stage over a JSONL corpus on one thread and reports documents/s, MB/s and peak heap
 * beside a baseline stage measured in the same run. Stages come from {@link
 * org.parley.bench.BenchStageProvider} services, so each module's benchmark lives in its own
 * package. Never run as tests.
 */
@NullMarked
package org.parley.bench;

import org.jspecify.annotations.NullMarked;
