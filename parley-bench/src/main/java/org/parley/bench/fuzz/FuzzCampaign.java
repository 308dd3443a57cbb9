package org.parley.bench.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.parley.bench.fuzz.FuzzReport.Finding;
import org.parley.bench.fuzz.Mutator.Mutant;
import org.parley.extract.ClaimExtractor;
import org.parley.extract.Extraction;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestEvent;
import org.parley.ingest.IngestOptions;
import org.parley.ingest.IngestRun;
import org.parley.ingest.source.ReadLimits;
import org.parley.ingest.source.Source;
import org.parley.model.Diagnostic;
import org.parley.model.limit.Deadline;

/**
 * Runs mutants through reading and extraction in this process, one at a time, and checks the
 * property: every mutant ends as documents or diagnostics, no exception or error escapes and none
 * is hidden in an extraction failure, no mutant takes longer than the time budget, and the heap in
 * use after a collection stays under the bound the caller checks. Mutant {@code i} of a campaign is
 * fixed by the campaign's seed and {@code i}. Not thread-safe.
 */
public final class FuzzCampaign {
  private static final long MAX_FILE_BYTES = 64L << 20;

  private final ClaimExtractor extractor;
  private final List<FuzzSeed> seeds;
  private final Path workDir;
  private final Duration budget;
  private final IngestOptions options =
      IngestOptions.defaults().withLimits(ReadLimits.defaults().withMaxFileBytes(MAX_FILE_BYTES));

  /** A campaign over {@code seeds}, writing each mutant into {@code workDir} while it runs. */
  public FuzzCampaign(
      ClaimExtractor extractor, List<FuzzSeed> seeds, Path workDir, Duration budget) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("a campaign needs at least one seed file");
    }
    this.extractor = extractor;
    this.seeds = List.copyOf(seeds);
    this.workDir = workDir;
    this.budget = budget;
  }

  /** A planned mutant: the seed it comes from, its bytes, and the file name it is read under. */
  public record Planned(FuzzSeed seed, Mutant mutant, String fileName) {}

  /**
   * Mutant {@code i} of the campaign {@code seed}: every seventh is named without an extension, so
   * that the format is sniffed from the bytes.
   */
  public Planned plan(long seed, int i) {
    Random random = new Random(seed * 1_000_003L + i);
    FuzzSeed from = seeds.get(random.nextInt(seeds.size()));
    FuzzSeed other = seeds.get(random.nextInt(seeds.size()));
    Mutant mutant = Mutator.mutate(from.content(), other.content(), random);
    return new Planned(from, mutant, "m" + i + (i % 7 == 6 ? "" : from.extension()));
  }

  /**
   * Runs mutants {@code 0 .. mutants-1} of campaign {@code seed}; with {@code keep}, writes each
   * finding's input there.
   */
  public FuzzReport run(long seed, int mutants, @Nullable Path keep) {
    Counts counts = new Counts();
    long start = System.nanoTime();
    for (int i = 0; i < mutants; i++) {
      Planned p = plan(seed, i);
      int before = counts.findings.size();
      runOne(i, p, counts);
      if (keep != null && counts.findings.size() > before) {
        write(keep.resolve(p.fileName()), p.mutant().content());
      }
    }
    return new FuzzReport(
        mutants,
        counts.documents,
        counts.skipped,
        counts.failed,
        counts.claims,
        counts.peakHeap,
        Duration.ofNanos(System.nanoTime() - start),
        counts.findings);
  }

  /** How many documents {@code seed} itself reads into (a good seed reads into some). */
  public long documentsOf(FuzzSeed seed) {
    Path file = workDir.resolve(seed.name());
    write(file, seed.content());
    try (IngestRun run = Ingest.open(List.of(new Source.Local(file)), options)) {
      return run.stream().filter(IngestEvent.Read.class::isInstance).count();
    } finally {
      delete(file);
    }
  }

  private void runOne(int i, Planned p, Counts counts) {
    Path file = workDir.resolve(p.fileName());
    write(file, p.mutant().content());
    long t0 = System.nanoTime();
    try {
      if (readAndExtract(file, i, p, counts) == 0) {
        counts.find(i, p, "ended as neither documents nor diagnostics");
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      counts.find(i, p, "escaped: " + e);
    } finally {
      delete(file);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    if (took.compareTo(budget) > 0) {
      counts.find(i, p, "took %d ms, over the %s budget".formatted(took.toMillis(), budget));
    }
    counts.peakHeap = Math.max(counts.peakHeap, heapAfterCollection());
  }

  /** Reads {@code file} and extracts each document; returns the number of events read. */
  private int readAndExtract(Path file, int i, Planned p, Counts counts) {
    int events = 0;
    try (IngestRun run = Ingest.open(List.of(new Source.Local(file)), options)) {
      while (run.hasNext()) {
        events++;
        switch (run.next()) {
          case IngestEvent.Read r -> extract(r, i, p, counts);
          case IngestEvent.Duplicate d -> counts.duplicates++;
          case IngestEvent.Skipped s -> counts.skipped++;
        }
      }
    }
    return events;
  }

  private void extract(IngestEvent.Read read, int i, Planned p, Counts counts) {
    Extraction x = extractor.extract(read.document(), Deadline.after(budget));
    counts.documents++;
    counts.claims += x.claims().size();
    if (x.isFailed()) {
      counts.failed++;
      // the extractor reports a crash instead of throwing it, but a crash is still a finding
      x.diagnostics().stream()
          .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
          .forEach(d -> counts.find(i, p, "extraction failed: " + d.problem()));
    }
  }

  /** The heap in use after the latest collection, summed over the heap's pools. */
  private static long heapAfterCollection() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage after = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      used += after == null ? 0 : after.getUsed();
    }
    return used;
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the mutant " + file, e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the mutant " + file, e);
    }
  }

  /** The running counts of one campaign. */
  private static final class Counts {
    private final List<Finding> findings = new ArrayList<>();
    private long documents;
    private long duplicates;
    private long skipped;
    private long failed;
    private long claims;
    private long peakHeap;

    void find(int i, Planned p, String problem) {
      findings.add(new Finding(i, p.seed().name(), p.mutant().description(), problem));
    }
  }
}
