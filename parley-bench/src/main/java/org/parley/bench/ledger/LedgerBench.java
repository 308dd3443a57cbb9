package org.parley.bench.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.LedgerStats;
import org.parley.ledger.RunIdentity;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Builds a ledger of synthetic claims through the real append path (one transaction per document),
 * reporting documents/s, then measures p50/p99 latency of the common queries on it.
 */
@Command(
    name = "bench ledger",
    mixinStandardHelpOptions = true,
    description = "Ingest rate and query latency of the claim ledger (SQLite or PostgreSQL).")
public final class LedgerBench implements Callable<Integer> {
  private static final RunIdentity V1 = new RunIdentity("bench-extract-1", "bench-kb-1");
  private static final RunIdentity V2 = new RunIdentity("bench-extract-2", "bench-kb-1");
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Option(
      names = "--db",
      description =
          "A SQLite file or a postgresql:// URL (a fresh schema is"
              + " used and dropped). Default: a new file in a temporary folder, deleted when the"
              + " run ends.")
  @Nullable String db;

  @Option(
      names = "--keep",
      description = "Keep the temporary folder of the default SQLite ledger (its path is printed).")
  boolean keep;

  @Option(
      names = "--claims",
      defaultValue = "1000000",
      description = "Claims to build (default ${DEFAULT-VALUE}).")
  int claims;

  @Option(
      names = "--claims-per-document",
      defaultValue = "10",
      description = "Claims in each synthetic document (default ${DEFAULT-VALUE}).")
  int perDocument;

  @Option(
      names = "--supersede",
      defaultValue = "0.05",
      description =
          "Share of documents re-extracted by a newer run (superseding; default ${DEFAULT-VALUE}).")
  double supersede;

  @Option(
      names = "--existing",
      description = "Only measure queries, on the ledger --db names (built by an earlier run).")
  boolean existing;

  @Option(
      names = "--queries",
      defaultValue = "300",
      description = "Timed runs per query (default ${DEFAULT-VALUE}).")
  int queries;

  public static void main(String[] args) {
    System.exit(new CommandLine(new LedgerBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    LedgerLocation location = location();
    int documents = claims / perDocument;
    OUT.printf(
        "ledger-bench: %s, %d documents x %d claims, Java %s, %d cpus%n",
        location.describe(),
        documents,
        perDocument,
        Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    Instant middle = prepare(location, new SyntheticCorpus(perDocument), documents);
    try (ClaimLedger ledger = JdbiClaimLedger.open(location)) {
      measure(ledger, QueryMix.common(documents), middle);
    }
    if (location instanceof LedgerLocation.Postgres p && !existing) {
      BenchLedgers.drop(p);
    }
    return 0;
  }

  /**
   * Fills the ledger (unless --existing), prints its size and returns when the middle document was
   * recorded.
   */
  private Instant prepare(LedgerLocation location, SyntheticCorpus corpus, int documents) {
    try (ClaimLedger ledger = JdbiClaimLedger.open(location)) {
      if (!existing) {
        fill(ledger, corpus, documents);
        supersede(ledger, corpus, documents);
      }
      LedgerStats s = ledger.latest().stats();
      OUT.printf(
          "ledger: %d documents, %d claims recorded, %d current%n",
          s.documents(), s.claimsRecorded(), s.claimsCurrent());
      return ledger
          .latest()
          .claims(
              ClaimQuery.all()
                  .withDoc(new org.parley.model.DocumentId("bench-%07d".formatted(documents / 2))))
          .get(0)
          .recordedAt();
    }
  }

  private void fill(ClaimLedger ledger, SyntheticCorpus corpus, int documents) {
    int window = Math.max(1, documents / 10);
    long start = System.nanoTime();
    long windowStart = start;
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < documents; i++) {
      ledger.append(corpus.extraction(i, V1));
      if ((i + 1) % window == 0) {
        long now = System.nanoTime();
        OUT.printf(
            "  appended %,9d documents: %,7.0f documents/s (%,8.0f claims/s) in this" + " window%n",
            i + 1,
            window / secs(now - windowStart),
            window * perDocument / secs(now - windowStart));
        windowStart = now;
      }
    }
    double total = secs(System.nanoTime() - start);
    double cpu = secs(THREADS.getCurrentThreadCpuTime() - cpuStart);
    OUT.printf(
        "ingest: %,d documents in %.1f s = %,.0f documents/s, %,.0f claims/s;"
            + " CPU %.2f ms per document (%,.0f documents/s per busy core)%n",
        documents,
        total,
        documents / total,
        documents * (double) perDocument / total,
        cpu * 1000 / documents,
        documents / cpu);
  }

  private void supersede(ClaimLedger ledger, SyntheticCorpus corpus, int documents) {
    int n = (int) (documents * supersede);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      ledger.append(corpus.extraction((int) ((long) i * documents / Math.max(1, n)), V2));
    }
    double t = secs(System.nanoTime() - start);
    OUT.printf("supersede: %,d re-extractions in %.1f s = %,.0f documents/s%n", n, t, n / t);
  }

  private void measure(
      ClaimLedger ledger, Map<String, Function<SplittableRandom, ClaimQuery>> mix, Instant middle) {
    OUT.printf(
        "%-24s %9s %9s %9s %9s %9s %7s%n",
        "query (limit 100)", "p50 ms", "p99 ms", "max ms", "cpu p50", "cpu p99", "rows");
    SplittableRandom r = new SplittableRandom(7);
    mix.forEach((name, query) -> time(name, () -> ledger.latest().claims(query.apply(r)).size()));
    time(
        "as-of middle, by party",
        () -> ledger.asOf(middle).claims(mix.get("by party").apply(r)).size());
    time(
        "document text",
        () ->
            ledger
                    .latest()
                    .document(
                        new org.parley.model.DocumentId(
                            "bench-%07d".formatted(r.nextInt(claims / perDocument))))
                    .isPresent()
                ? 1
                : 0);
  }

  private void time(String name, java.util.function.IntSupplier run) {
    for (int i = 0; i < 20; i++) {
      run.getAsInt();
    }
    long[] nanos = new long[queries];
    long[] cpu = new long[queries];
    long rows = 0;
    for (int i = 0; i < queries; i++) {
      long c = THREADS.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      rows += run.getAsInt();
      nanos[i] = System.nanoTime() - t;
      cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    int p99 = (int) Math.ceil(queries * 0.99) - 1;
    OUT.printf(
        Locale.ROOT,
        "%-24s %9.2f %9.2f %9.2f %9.2f %9.2f %7.1f%n",
        name,
        ms(nanos[queries / 2]),
        ms(nanos[p99]),
        ms(nanos[queries - 1]),
        ms(cpu[queries / 2]),
        ms(cpu[p99]),
        rows / (double) queries);
  }

  private LedgerLocation location() throws IOException {
    if (db == null) {
      Path dir = Files.createTempDirectory("parley-ledger-bench");
      if (!keep) {
        // a shutdown hook rather than finally, so that a run stopped by Ctrl-C cleans up too
        Runtime.getRuntime().addShutdownHook(new Thread(() -> BenchLedgers.delete(dir)));
      }
      return new LedgerLocation.Sqlite(dir.resolve("ledger.db"));
    }
    LedgerLocation l = LedgerLocation.parse(db);
    if (l instanceof LedgerLocation.Postgres p && !existing) {
      return p.inSchema("bench_" + UUID.randomUUID().toString().substring(0, 8));
    }
    if (!existing && Files.exists(((LedgerLocation.Sqlite) l).file())) {
      throw new IllegalArgumentException(db + " exists; the benchmark builds a new ledger");
    }
    return l;
  }

  private static double secs(long nanos) {
    return nanos / 1e9;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
