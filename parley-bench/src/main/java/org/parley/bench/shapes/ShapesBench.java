package org.parley.bench.shapes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.bench.HeapSampler;
import org.parley.extract.ExtractionPipeline;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.limit.ByteSize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./bench shapes}: extracts one document of each shape and size on one thread and prints
 * time, peak heap and the slope of log(time) against log(size) from each size to the next (1.0 is
 * linear, 2.0 quadratic); the last column is the slope from the second size to the largest.
 */
@Command(
    name = "bench shapes",
    mixinStandardHelpOptions = true,
    description = {
      "Extraction time and peak heap on inputs of growing size in each shape of text, with the",
      "slope of time against size (1.0 = linear)."
    })
public final class ShapesBench implements Callable<Integer> {
  @Option(
      names = "--shape",
      description =
          "prose, line, no-punctuation, sentence, quotes, brackets (repeatable; default all)")
  List<String> shapes = new ArrayList<>();

  @Option(
      names = "--sizes",
      split = ",",
      description = "input sizes in characters (default: 10k,100k,1m,10m)")
  List<String> sizes = List.of("10k", "100k", "1m", "10m");

  @Option(names = "--prose", description = "folder of prose to shape (default: samples/articles)")
  Path prose = Path.of("samples/articles");

  @Option(
      names = "--give-up",
      description = "skip a shape's larger sizes once one run takes longer (seconds, default 600)")
  int giveUp = 600;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ShapesBench()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String text = prose();
    List<Integer> chars = sizes.stream().map(s -> (int) ByteSize.parse(s).bytes()).toList();
    ExtractionPipeline pipeline = ExtractionPipeline.loadDefault();
    pipeline.extract(document(TextShape.PROSE.make(text, 50_000)));
    printHeader(out);
    for (TextShape shape : chosen()) {
      measureShape(out, pipeline, shape, text, chars);
    }
    return 0;
  }

  private static void printHeader(PrintStream out) {
    out.printf(
        Locale.ROOT,
        "extraction on 1 thread, Java %s, heap limit %d MB%n%-15s %10s %10s %12s %12s %7s%n",
        Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20,
        "SHAPE",
        "CHARS",
        "SECONDS",
        "µs/KB",
        "PEAK HEAP MB",
        "SLOPE");
  }

  /** Measures one shape at every size (until one takes over --give-up), then prints its slope. */
  private void measureShape(
      PrintStream out,
      ExtractionPipeline pipeline,
      TextShape shape,
      String text,
      List<Integer> chars) {
    List<double[]> runs = new ArrayList<>();
    for (int n : chars) {
      double[] run = measure(pipeline, shape.make(text, n));
      runs.add(new double[] {n, run[0], run[1]});
      print(out, shape, runs);
      if (run[0] > giveUp) {
        out.printf("%-15s (larger sizes skipped: over %d s)%n", shape.label(), giveUp);
        break;
      }
    }
    if (runs.size() > 2) {
      out.printf(
          Locale.ROOT,
          "%-15s slope %s to %s: %.2f%n",
          shape.label(),
          ByteSize.describe((long) runs.get(1)[0]),
          ByteSize.describe((long) runs.getLast()[0]),
          slope(runs.get(1), runs.getLast()));
    }
  }

  private static void print(PrintStream out, TextShape shape, List<double[]> runs) {
    double[] r = runs.getLast();
    String slope = runs.size() < 2 ? "-" : "%.2f".formatted(slope(runs.get(runs.size() - 2), r));
    out.printf(
        Locale.ROOT,
        "%-15s %10d %10.2f %12.1f %12.0f %7s%n",
        shape.label(),
        (long) r[0],
        r[1],
        r[1] * 1e6 / (r[0] / 1024),
        r[2] / (1 << 20),
        slope);
  }

  private static double slope(double[] from, double[] to) {
    return Math.log(to[1] / from[1]) / Math.log(to[0] / from[0]);
  }

  /** Seconds and peak heap bytes of extracting {@code text}. */
  private static double[] measure(ExtractionPipeline pipeline, String text) {
    Document doc = document(text);
    try (HeapSampler heap = HeapSampler.start()) {
      long start = System.nanoTime();
      pipeline.extract(doc);
      double seconds = (System.nanoTime() - start) / 1e9;
      return new double[] {seconds, heap.peakBytes()};
    }
  }

  private static Document document(String text) {
    return Document.of(
        new DocumentId("shape"), LocalDate.of(2025, 8, 21), "Bench", null, null, text);
  }

  private List<TextShape> chosen() {
    if (shapes.isEmpty()) {
      return List.of(TextShape.values());
    }
    return shapes.stream()
        .map(
            s ->
                Stream.of(TextShape.values())
                    .filter(t -> t.label().equals(s))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown shape " + s)))
        .toList();
  }

  /** The prose of the sample articles, without their date headers. */
  private String prose() throws IOException {
    try (Stream<Path> files = Files.list(prose)) {
      return files
          .filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .map(ShapesBench::body)
          .collect(Collectors.joining("\n\n"));
    }
  }

  private static String body(Path file) {
    try {
      return Files.readString(file).replaceFirst("\\A[ \\t]*date [^\\n]*\\n", "").strip();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
