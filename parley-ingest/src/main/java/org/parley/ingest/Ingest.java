package org.parley.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.parley.ingest.source.Source;
import org.parley.ingest.source.SourceWalk;

/**
 * Reads sources into documents: the entry point of the ingest module.
 *
 * <pre>{@code
 * try (IngestRun run = Ingest.open(List.of(Source.parse("articles.jsonl")), IngestOptions.defaults())) {
 *   run.stream().forEach(event -> ...);
 *   IngestSummary summary = run.summary();
 * }
 * }</pre>
 */
public final class Ingest {
  private Ingest() {}

  /**
   * A run over {@code sources} in the order given (folders recursively, sorted). Fails fast when
   * the options need something missing, such as the language model.
   */
  public static IngestRun open(List<Source> sources, IngestOptions options) {
    LongAdder bytes = new LongAdder();
    Admission admission = new Admission(options);
    SourceWalk walk = new SourceWalk(sources, options.format(), options.read(), bytes);
    return new IngestRun(walk, admission, bytes);
  }

  /** A run over local files and folders with the default options. */
  public static IngestRun open(Path... paths) {
    List<Source> sources = Arrays.stream(paths).<Source>map(Source.Local::new).toList();
    return open(sources, IngestOptions.defaults());
  }
}
