package org.parley.spark.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parley.extract.ClaimExtractor;
import org.parley.extract.ExtractionPipeline;
import org.parley.kb.KnowledgeBase;

/**
 * The extractor of this JVM: loaded on first use (OpenNLP models, knowledge base, lexicons) and
 * then shared by every task the executor runs, since {@link ExtractionPipeline} is immutable and
 * thread-safe. Asked for another set of knowledge-base files, it loads anew. Thread-safe.
 */
public final class Extractors {
  private static final AtomicInteger LOADS = new AtomicInteger();
  private static @Nullable Loaded loaded;

  private record Loaded(List<String> kbFiles, ClaimExtractor extractor) {}

  private Extractors() {}

  /**
   * The extractor over the default knowledge base and {@code kbFiles}, whose local paths {@code
   * locate} gives; {@code onLoad} runs when this call loaded it.
   */
  public static synchronized ClaimExtractor get(
      List<String> kbFiles, Function<String, Path> locate, Runnable onLoad) {
    Loaded current = loaded;
    if (current != null && current.kbFiles().equals(kbFiles)) {
      return current.extractor();
    }
    List<Path> paths = kbFiles.stream().map(locate).toList();
    ClaimExtractor extractor = ExtractionPipeline.load(KnowledgeBase.load(paths));
    loaded = new Loaded(List.copyOf(kbFiles), extractor);
    LOADS.incrementAndGet();
    onLoad.run();
    return extractor;
  }

  /** How many times this JVM has loaded an extractor. */
  public static int loadsInThisJvm() {
    return LOADS.get();
  }
}
