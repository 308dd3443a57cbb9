package org.parley.spark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.parley.contract.batch.BatchLayout;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestOptions;
import org.parley.ingest.IngestRun;
import org.parley.ingest.source.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./bench spark}: the job's throughput on {@code local[1]} and {@code local[2]} beside
 * {@code parley extract --threads 1} and {@code --threads 2}, each a JVM of its own over the same
 * input in the same run (rounds interleaved), with documents per second end to end and within the
 * job, the ratios, and a check that all four wrote the same claims; optionally the cost of each
 * stage on one thread, for the capacity plan.
 */
@Command(name = "bench spark", mixinStandardHelpOptions = true)
public final class ScalingBench implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CLI_SUMMARY = Pattern.compile("parley extract: (\\d+) documents");

  @Option(names = "--corpus", required = true, description = "input (any format parley reads)")
  Path corpus = Path.of("");

  @Option(
      names = "--warc",
      description = "run on a gzipped WARC of news pages made from the corpus")
  boolean warc;

  @Option(names = "--stages", description = "also measure each stage on one thread (on the WARC)")
  boolean stages;

  @Option(
      names = "--rounds",
      description = "runs of each configuration (default: ${DEFAULT-VALUE})")
  int rounds = 1;

  @Option(names = "--work", description = "folder for outputs (default: a temporary one)")
  @Nullable Path work;

  @Option(names = "--cli-classpath", required = true, hidden = true)
  String cliClassPath = "";

  @Option(names = "--spark-classpath", required = true, hidden = true)
  String sparkClassPath = "";

  @Option(names = "--spark-jvm-options", required = true, hidden = true)
  Path sparkJvmOptions = Path.of("");

  /** One measured run. */
  record Result(
      String config,
      int round,
      double wallSeconds,
      double cpuSeconds,
      long documents,
      double jobSeconds,
      boolean sameClaims) {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new ScalingBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Path dir =
        work != null ? Files.createDirectories(work) : Files.createTempDirectory("bench-spark");
    Path input = warc || stages ? pages(dir) : corpus;
    out.printf("input: %s; %d cores; load average %s%n", input, cores(), load());
    if (stages) {
      printStages(out, input);
    }
    List<Result> results = new ArrayList<>();
    Path reference = dir.resolve(cliLabel(1, 1));
    for (int round = 1; round <= rounds; round++) {
      for (int n = 1; n <= 2; n++) {
        results.add(cli(n, round, input, dir, reference));
        results.add(spark(n, round, input, dir, reference));
      }
    }
    Report.print(out, results, load());
    return results.stream().allMatch(Result::sameClaims) ? 0 : 1;
  }

  private Path pages(Path dir) throws IOException {
    Path file = dir.resolve("news.warc.gz");
    Files.deleteIfExists(file);
    try (IngestRun run = Ingest.open(List.of(new Source.Local(corpus)), IngestOptions.defaults())) {
      int n = NewsPages.write(run, file);
      System.out.printf("made %s: %d pages, %d MB gzipped%n", file, n, Files.size(file) >> 20);
    }
    return file;
  }

  private void printStages(PrintWriter out, Path warcFile) throws IOException {
    out.println("stage (one thread)                               seconds   ms/page");
    for (StageCosts.Cost c : StageCosts.measure(warcFile, IngestOptions.defaults())) {
      out.printf(Locale.ROOT, "%-48s %8.2f %9.2f%n", c.stage(), c.seconds(), c.msPerPage());
    }
  }

  private Result cli(int threads, int round, Path input, Path dir, Path reference)
      throws Exception {
    ChildRun r =
        ChildRun.run(
            "extract t" + threads + " round " + round,
            List.of("-Xmx2g", "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC"),
            cliClassPath,
            "org.parley.cli.Parley",
            List.of("extract", "--threads", Integer.toString(threads), input.toString()),
            dir);
    Path claims = dir.resolve(cliLabel(threads, round));
    Files.copy(r.stdout(), claims, StandardCopyOption.REPLACE_EXISTING);
    Matcher m = CLI_SUMMARY.matcher(Files.readString(r.stderr()));
    long docs = m.find() ? Long.parseLong(m.group(1)) : 0;
    boolean same = r.exit() == 0 && sameAs(claims, reference);
    return new Result(
        "parley extract --threads " + threads,
        round,
        r.seconds(),
        r.cpuSeconds(),
        docs,
        r.seconds(),
        same);
  }

  private Result spark(int cores, int round, Path input, Path dir, Path reference)
      throws Exception {
    Path batch = dir.resolve("batch-local" + cores + "-" + round);
    ChildRun r =
        ChildRun.run(
            "spark local" + cores + " round " + round,
            sparkJvm(),
            sparkClassPath,
            "org.parley.spark.ParleySpark",
            sparkArgs(cores, input, batch),
            dir);
    JsonNode summary = JSON.readTree(batch.resolve(BatchLayout.SUMMARY).toFile());
    boolean same =
        r.exit() == 0 && sameAs(concatenated(batch.resolve(BatchLayout.CLAIMS), dir), reference);
    return new Result(
        "parley spark local[" + cores + "]",
        round,
        r.seconds(),
        r.cpuSeconds(),
        summary.path("extracted").asLong(),
        summary.path("seconds").path("total").asDouble(),
        same);
  }

  private static List<String> sparkArgs(int cores, Path input, Path batch) {
    return List.of(
        "extract",
        "--master",
        "local[" + cores + "]",
        "--input",
        input.toString(),
        "--output",
        batch.toString(),
        "--overwrite");
  }

  /** The JVM options of a Spark child run: a 4 GB heap and those Spark needs on this JDK. */
  private List<String> sparkJvm() throws IOException {
    List<String> jvm = new ArrayList<>(List.of("-Xmx4g"));
    jvm.addAll(Arrays.asList(Files.readString(sparkJvmOptions).strip().split("\\s+")));
    if (Runtime.version().feature() >= 24) {
      jvm.add("--sun-misc-unsafe-memory-access=allow");
    }
    return jvm;
  }

  private static Path concatenated(Path claims, Path dir) throws IOException {
    Path all = dir.resolve("spark-claims.jsonl");
    StringBuilder b = new StringBuilder();
    try (Stream<Path> parts = Files.list(claims)) {
      for (Path p :
          parts
              .filter(f -> f.getFileName().toString().matches("part-\\d+.*\\.jsonl"))
              .sorted()
              .toList()) {
        b.append(Files.readString(p));
      }
    }
    Files.writeString(all, b.toString());
    return all;
  }

  private static boolean sameAs(Path a, Path b) throws IOException {
    return Files.mismatch(a, b) == -1;
  }

  private static String cliLabel(int threads, int round) {
    return "extract-t" + threads + "-r" + round + ".jsonl";
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[0];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
