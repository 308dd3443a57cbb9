package org.parley.bench.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.parley.bench.ledger.BenchLedgers;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.LedgerStats;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import org.parley.server.ApiServer;
import org.parley.server.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load on the real server: builds a ledger of synthetic claims (as {@code bench ledger} does),
 * starts {@code parley serve}'s server on 127.0.0.1, and runs closed-loop clients (each sends its
 * next request when the last one answered) for a bounded time over a mix of endpoints. Reports
 * throughput, p50/p99/max latency and errors per endpoint. A benchmark, never a test.
 */
@Command(
    name = "bench server",
    mixinStandardHelpOptions = true,
    description = "Throughput and latency of the HTTP API under concurrent clients on 127.0.0.1.")
public final class ServerBench implements Callable<Integer> {
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Option(names = "--db", description = "SQLite file or postgresql:// URL (a fresh schema)")
  @Nullable String db;

  @Option(
      names = "--claims",
      defaultValue = "100000",
      description = "claims (default ${DEFAULT-VALUE})")
  int claims;

  @Option(
      names = "--clients",
      defaultValue = "100",
      description = "clients (default ${DEFAULT-VALUE})")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      description = "measured seconds (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(
      names = "--warmup",
      defaultValue = "10",
      description = "warm-up seconds (default ${DEFAULT-VALUE})")
  int warmup;

  @Option(
      names = "--existing",
      description = "measure the ledger --db names (built by an earlier run, kept afterwards)")
  boolean existing;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServerBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    validate();
    Path dir = Files.createTempDirectory("parley-server-bench");
    LedgerLocation location =
        existing && db != null ? LedgerLocation.parse(db) : BenchLedgers.location(db, dir);
    try (ClaimLedger ledger = JdbiClaimLedger.open(location)) {
      if (!existing) {
        BenchLedgers.fill(ledger, claims / 10, OUT);
      }
      LedgerStats s = ledger.latest().stats();
      OUT.printf(
          "ledger: %s, %d documents, %d claims current%n",
          location.describe(), s.documents(), s.claimsCurrent());
      serve(ledger, dir, (int) s.documents());
    } finally {
      BenchLedgers.cleanUp(location, dir, existing ? null : db);
    }
    return 0;
  }

  private void validate() {
    if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 600 || warmup < 0) {
      throw new IllegalArgumentException("clients 1..1000, seconds 1..600, warmup >= 0");
    }
    if (existing && db == null) {
      throw new IllegalArgumentException("--existing measures the ledger that --db names");
    }
  }

  /** Starts the server on the ledger, warms it up, then measures and reports. */
  private void serve(ClaimLedger ledger, Path dir, int documents) throws Exception {
    long t = System.nanoTime();
    ServerSettings settings =
        ServerSettings.readOnly(
            ledger,
            KnowledgeBase.loadDefault(),
            dir.resolve("search"),
            new PrintStream(OutputSink.INSTANCE));
    try (ApiServer server = ApiServer.start(settings, "127.0.0.1", 0)) {
      OUT.printf(
          "server: started and indexed in %.1f s on 127.0.0.1:%d%n",
          (System.nanoTime() - t) / 1e9, server.port());
      String base = "http://127.0.0.1:" + server.port();
      prime(base);
      run(base, documents, warmup, null);
      Map<String, Stats> results = new TreeMap<>();
      run(base, documents, seconds, results);
      report(results);
    }
  }

  private void run(String base, int documents, int secs, @Nullable Map<String, Stats> results)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(secs).toNanos();
    CountDownLatch done = new CountDownLatch(clients);
    List<Map<String, Stats>> perClient = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Map<String, Stats> mine = new TreeMap<>();
      perClient.add(mine);
      SplittableRandom r = new SplittableRandom(c * 7919L + secs);
      Thread.ofPlatform()
          .name("client-" + c)
          .start(
              () -> {
                try (HttpClient http = HttpClient.newHttpClient()) {
                  while (System.nanoTime() < end) {
                    Mix.Request q = Mix.next(r, documents);
                    mine.computeIfAbsent(q.endpoint(), k -> new Stats())
                        .add(send(http, base + q.path()));
                  }
                } finally {
                  done.countDown();
                }
              });
    }
    done.await();
    if (results != null) {
      merge(perClient, secs, results);
    }
  }

  private static void merge(
      List<Map<String, Stats>> perClient, int secs, Map<String, Stats> results) {
    perClient.forEach(
        m -> m.forEach((k, v) -> results.computeIfAbsent(k, x -> new Stats()).addAll(v)));
    results.values().forEach(st -> st.seconds = secs);
  }

  /**
   * Computes every analysis of the mix once, one at a time, and reports how long each took cold:
   * the clients then measure serving from the answer cache (a snapshot's answers never change).
   */
  private static void prime(String base) {
    try (HttpClient http = HttpClient.newHttpClient()) {
      for (Mix.Request q : Mix.analyses()) {
        long took = send(http, base + q.path());
        OUT.printf(
            Locale.ROOT,
            "cold %-40s %9.0f ms%s%n",
            q.path(),
            Math.abs(took) / 1e6,
            took < 0 ? " (error)" : "");
      }
    }
  }

  private static long send(HttpClient http, String url) {
    long t = System.nanoTime();
    try {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      long took = System.nanoTime() - t;
      return r.statusCode() == 200 ? took : -took;
    } catch (IOException e) {
      return -(System.nanoTime() - t);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -(System.nanoTime() - t);
    }
  }

  private void report(Map<String, Stats> results) {
    OUT.printf("%d clients, %d s measured (after %d s warm-up)%n", clients, seconds, warmup);
    OUT.printf(
        "%-22s %9s %9s %9s %9s %9s %7s%n",
        "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
    Stats all = new Stats();
    results.forEach(
        (name, s) -> {
          line(name, s);
          all.addAll(s);
        });
    all.seconds = seconds;
    line("all", all);
  }

  private static void line(String name, Stats s) {
    OUT.printf(
        Locale.ROOT,
        "%-22s %9d %9.1f %9.2f %9.2f %9.2f %7d%n",
        name,
        s.count(),
        s.count() / (double) s.seconds,
        s.percentile(0.50),
        s.percentile(0.99),
        s.percentile(1.0),
        s.errors);
  }

  /**
   * Latencies of one endpoint (negative: an error). Not thread-safe; one per client, then merged.
   */
  static final class Stats {
    final List<Long> nanos = new ArrayList<>();
    long errors;
    int seconds = 1;

    void add(long signed) {
      nanos.add(Math.abs(signed));
      if (signed < 0) {
        errors++;
      }
    }

    void addAll(Stats o) {
      nanos.addAll(o.nanos);
      errors += o.errors;
    }

    long count() {
      return nanos.size();
    }

    double percentile(double p) {
      if (nanos.isEmpty()) {
        return 0;
      }
      long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
      int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
      return sorted[i] / 1e6;
    }
  }

  /** Discards the server's request log (a line per request would dominate the measurement). */
  static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {
      // discarded on purpose
    }

    @Override
    public void write(byte[] b, int off, int len) {
      // discarded on purpose
    }
  }
}
