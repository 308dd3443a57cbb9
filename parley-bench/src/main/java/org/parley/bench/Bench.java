package org.parley.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.parley.model.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./bench throughput}: runs stages over a JSONL corpus on one thread and prints documents/s,
 * MB/s, peak heap and each stage's speed relative to a baseline stage measured in the same run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "End-to-end throughput of Parley's stages over a JSONL corpus, on one thread.",
    footer = "%nThe ledger benchmark (ingest rate and query latency): ./bench ledger --help")
public final class Bench implements Callable<Integer> {
  @Option(
      names = "--corpus",
      description =
          "JSONL corpus with id, date, text (e.g. ../shared/data/articles/articles.jsonl);"
              + " required unless --list")
  @Nullable Path corpus;

  @Option(names = "--stage", description = "stage to measure (repeatable; --list shows them)")
  List<String> stages = new ArrayList<>();

  @Option(names = "--baseline", description = "stage the others are compared with (default: read)")
  String baseline = "read";

  @Option(names = "--limit", description = "use only the first N documents")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--warmup", description = "documents processed before timing (default 300)")
  int warmup = 300;

  @Option(names = "--passes", description = "timed passes; the median is reported (default 3)")
  int passes = 3;

  @Option(names = "--list", description = "list the available stages and exit")
  boolean list;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Map<String, Supplier<BenchStage>> available = new TreeMap<>();
    ServiceLoader.load(BenchStageProvider.class).forEach(p -> available.putAll(p.stages()));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (list) {
      available.keySet().forEach(out::println);
      return 0;
    }
    if (corpus == null) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "Missing required option: '--corpus=<corpus>'");
    }
    List<String> names = chosenStages(available);
    List<Document> docs = CorpusReader.read(corpus, limit);
    ThroughputHarness harness = new ThroughputHarness(docs);
    out.printf(
        Locale.ROOT,
        "corpus %s: %d documents, %.1f MB of UTF-8 text; Java %s, 1 thread%n",
        corpus.getFileName(),
        docs.size(),
        harness.bytes() / 1e6,
        Runtime.version());
    new MeasurementTable(measureAll(harness, names, available)).print(out);
    return 0;
  }

  private List<Measurement> measureAll(
      ThroughputHarness harness, List<String> names, Map<String, Supplier<BenchStage>> available)
      throws Exception {
    List<Measurement> results = new ArrayList<>();
    for (String n : names) {
      try (BenchStage stage = available.get(n).get()) {
        results.add(harness.measure(n, stage, warmup, passes));
      }
    }
    return results;
  }

  /** The baseline first, then the other --stage names, each checked against those available. */
  private List<String> chosenStages(Map<String, Supplier<BenchStage>> available) {
    List<String> names = new ArrayList<>(List.of(baseline));
    stages.stream().filter(s -> !s.equals(baseline)).forEach(names::add);
    for (String n : names) {
      if (!available.containsKey(n)) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "unknown stage '" + n + "'; available: " + available.keySet());
      }
    }
    return names;
  }
}
