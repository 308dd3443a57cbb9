package org.parley.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A job run over a corpus beside the real {@code parley extract} and {@code parley read} over the
 * same corpus, computed once per JVM and shared by the tests that compare them; and ways to read a
 * batch's part files.
 */
final class Batches {
  private static final Pattern PART = Pattern.compile("part-(\\d+).*\\.jsonl");
  private static Compared mixed;

  /** The job's batch and summary, and the command line's outputs, over one corpus. */
  record Compared(Path corpus, Path batch, JobSummary summary, Cli.Run extract, Cli.Run read) {}

  private Batches() {}

  /** The mixed corpus, compared (once per JVM). */
  static synchronized Compared mixed() throws IOException {
    if (mixed == null) {
      Path dir = Files.createTempDirectory("parley-spark-test");
      Path corpus = MixedCorpus.write(dir);
      mixed = compare(corpus, dir.resolve("batch"), 8);
    }
    return mixed;
  }

  /** Runs the job (with {@code partitions} partitions) and the command line over {@code corpus}. */
  static Compared compare(Path corpus, Path batch, int partitions) throws IOException {
    JobSettings settings =
        JobSettings.of(List.of(corpus.toString()), batch.toString()).withPartitions(partitions);
    JobSummary summary = ExtractJob.run(LocalSpark.session(), settings);
    Cli.Run extract = Cli.parley("extract", "--threads", "2", corpus.toString());
    Cli.Run read = Cli.parley("read", "--json", corpus.toString());
    return new Compared(corpus, batch, summary, extract, read);
  }

  /** The lines of a batch folder's part files, in part order, as one text. */
  static String text(Path folder) {
    StringBuilder out = new StringBuilder();
    for (Path part : parts(folder)) {
      try {
        out.append(Files.readString(part, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.toString();
  }

  /** The non-blank lines of a batch folder's part files, in part order. */
  static List<String> lines(Path folder) {
    return text(folder).lines().filter(l -> !l.isBlank()).toList();
  }

  private static List<Path> parts(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> PART.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparingLong(Batches::number))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long number(Path p) {
    Matcher m = PART.matcher(p.getFileName().toString());
    return m.matches() ? Long.parseLong(m.group(1)) : -1;
  }

  /** Lines sorted by document, then evidence span, then the whole line: the comparison. */
  static List<String> byDocumentAndSpan(List<String> claimLines) {
    List<String> sorted = new ArrayList<>(claimLines);
    sorted.sort(
        Comparator.comparing(Batches::doc)
            .thenComparingInt(l -> number(l, "\"start\":"))
            .thenComparingInt(l -> number(l, "\"end\":"))
            .thenComparing(Comparator.naturalOrder()));
    return sorted;
  }

  private static String doc(String line) {
    Matcher m = Pattern.compile("\"doc\":\"([^\"]*)\"").matcher(line);
    return m.find() ? m.group(1) : "";
  }

  private static int number(String line, String key) {
    Matcher m = Pattern.compile(Pattern.quote(key) + "(\\d+)").matcher(line);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
