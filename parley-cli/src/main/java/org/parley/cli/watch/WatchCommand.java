package org.parley.cli.watch;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.alert.Alert;
import org.parley.analysis.alert.AlertFinder;
import org.parley.analysis.alert.AlertQuery;
import org.parley.analysis.contradiction.DisputeTolerance;
import org.parley.cli.ingest.LedgerIngest;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.extract.ExtractionPipeline;
import org.parley.ingest.IngestEvent;
import org.parley.ingest.fetch.FetchLimits;
import org.parley.ingest.fetch.HttpFetcher;
import org.parley.ingest.watch.HostPacer;
import org.parley.ingest.watch.Interval;
import org.parley.ingest.watch.Poll;
import org.parley.ingest.watch.Poller;
import org.parley.ingest.watch.WatchState;
import org.parley.ingest.watch.WatchedSource;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley watch FEED_OR_URL...}: collect continuously, ingest, alert. */
@Command(
    name = "watch",
    header = "Polls feeds and pages, ingests new articles and prints alerts, until stopped.",
    mixinStandardHelpOptions = true,
    description = {
      "Polls RSS/Atom feeds and pages and ingests what is new into the ledger, until stopped",
      "(Ctrl-C or SIGTERM: the documents in hand are stored and the state saved first). Each",
      "poll is a conditional GET (ETag, Last-Modified); each feed item's link is followed and",
      "the whole article read (the feed's summary is kept only when the article cannot be).",
      "Every source has its own interval, starting at --every: halved after news, grown by half",
      "after none, doubled after a failure (between a quarter of --every and eight times it);",
      "requests to one host start at least --host-gap apart. Fetches keep the read limits of",
      "parley ingest (http(s) only, --timeout for the whole fetch, --max-size, 5 redirects). A",
      "source that is down, slow, redirecting, too large or not a feed is reported and retried",
      "later; the others go on.",
      "What a watch has seen is kept in --state (default: beside the ledger). --alert QUERY",
      "(or --alerts FILE of saved queries) prints each new matching claim, dispute or shift",
      "after a poll, and --alert-log FILE appends them as JSON lines."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley watch https://example.org/feed.xml --every 15m",
      "  parley watch https://example.org/rss https://example.org/news.html --alert 'party=RUS type=territory.*'",
      "  parley watch FEED --alerts queries.txt --alert-log alerts.jsonl --polls 1"
    })
public final class WatchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Parameters(arity = "1..*", paramLabel = "FEED_OR_URL", description = "http(s) feeds or pages")
  List<URI> sources = List.of();

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      defaultValue = "15m",
      description = "base interval per source: 30s, 15m, 2h (default: ${DEFAULT-VALUE})")
  String every;

  @Option(
      names = "--host-gap",
      paramLabel = "DURATION",
      defaultValue = "2s",
      description = "least time between two requests to one host (default: ${DEFAULT-VALUE})")
  String hostGap;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "30s",
      description = "deadline for one fetch, body included (default: ${DEFAULT-VALUE})")
  String timeout;

  @Option(
      names = "--max-size",
      paramLabel = "BYTES",
      defaultValue = "16777216",
      description = "largest feed or page body in bytes (default: ${DEFAULT-VALUE})")
  long maxSize;

  @Option(
      names = "--max-items",
      paramLabel = "N",
      defaultValue = "50",
      description = "new items read per feed and poll; the rest wait (default: ${DEFAULT-VALUE})")
  int maxItems;

  @Option(
      names = "--polls",
      paramLabel = "N",
      description = "stop after N rounds of polls (default: never)")
  @Nullable Integer polls;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description = "what the watch has seen (default: <ledger>-watch.json)")
  @Nullable Path state;

  @Option(
      names = "--alert",
      paramLabel = "QUERY",
      description = "a saved query, e.g. 'party=RUS type=territory.*' (repeatable)")
  List<String> alerts = new ArrayList<>();

  @Option(
      names = "--alerts",
      paramLabel = "FILE",
      description = "a file of saved queries, one per line: [NAME:] QUERY")
  @Nullable Path alertsFile;

  @Option(
      names = "--alert-log",
      paramLabel = "FILE",
      description = "append every alert as one JSON line")
  @Nullable Path alertLog;

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description = "extra knowledge-base file for extraction (repeatable)")
  List<Path> kb = new ArrayList<>();

  private volatile boolean stopping;

  /** Guards {@link #storing}: a stop never interrupts the storing of documents in hand. */
  private final Object lock = new Object();

  private boolean storing;

  private final CountDownLatch finished = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    Duration base = Durations.parse("--every", every);
    List<AlertQuery> queries = AlertQueries.of(alerts, alertsFile);
    requireHttpSources();
    ExtractionPipeline extractor = ExtractionPipeline.load(KnowledgeBase.load(kb));
    Thread main = Thread.currentThread();
    Thread hook = new Thread(() -> stop(main), "parley-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (ClaimLedger ledger = ledgerOptions.openOrCreate();
        HttpFetcher fetcher = openFetcher()) {
      watch(ledger, fetcher, extractor, queries, base);
    } finally {
      finish(hook);
    }
    return 0;
  }

  private void requireHttpSources() {
    for (URI u : sources) {
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException(u + ": watch reads http(s) feeds and pages only");
      }
    }
  }

  private HttpFetcher openFetcher() {
    return new HttpFetcher(
        FetchLimits.defaults()
            .withTotal(Durations.parse("--timeout", timeout))
            .withMaxBytes(maxSize));
  }

  /** Polls round after round until stopped or --polls rounds are done, then says so. */
  private void watch(
      ClaimLedger ledger,
      HttpFetcher fetcher,
      ExtractionPipeline extractor,
      List<AlertQuery> queries,
      Duration base) {
    Clock clock = Clock.systemUTC();
    PrintWriter out = spec.commandLine().getOut();
    WatchState memory = WatchState.load(stateFile());
    Poller poller =
        new Poller(
            fetcher,
            new HostPacer(Durations.parse("--host-gap", hostGap), clock, d -> Thread.sleep(d)),
            Interval.around(base),
            clock,
            maxItems);
    Round round =
        new Round(ledger, extractor, poller, memory, queries, out, spec.commandLine().getErr());
    printStart(out, base, ledger);
    int done = 0;
    while (!stopping && (polls == null || done < polls)) {
      round.run(sources, base, clock.instant());
      done++;
      if (!stopping && (polls == null || done < polls)) {
        waitUntil(memory, base, clock);
      }
    }
    out.printf(
        "watch: stopped after %d round%s · state %s%n", done, done == 1 ? "" : "s", stateFile());
  }

  private void printStart(PrintWriter out, Duration base, ClaimLedger ledger) {
    out.printf(
        "watch: %d source%s, every %s, state %s, %s%n",
        sources.size(),
        sources.size() == 1 ? "" : "s",
        Durations.describe(base),
        stateFile(),
        ledger.describe());
    out.flush();
  }

  /** Marks the watch finished, so that a waiting stop returns, and removes the stop hook. */
  private void finish(Thread hook) {
    stopping = true;
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running and has waited for this
    }
  }

  /**
   * Asks the watch to stop (a fetch or a wait in progress is interrupted, the storing of documents
   * in hand never is) and waits until it has stored them and saved its state.
   */
  private void stop(Thread main) {
    synchronized (lock) {
      stopping = true;
      if (!storing) {
        main.interrupt();
      }
    }
    try {
      finished.await(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void waitUntil(WatchState memory, Duration base, Clock clock) {
    Instant next =
        sources.stream()
            .map(u -> memory.source(u, base, clock.instant()).due())
            .min(Instant::compareTo)
            .orElse(clock.instant().plus(base));
    Duration wait = Duration.between(clock.instant(), next);
    if (!wait.isNegative() && !wait.isZero()) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        stopping = true;
      }
    }
  }

  private Path stateFile() {
    if (state != null) {
      return state;
    }
    String described = ledgerOptions.location().describe();
    if (described.startsWith("sqlite:")) {
      String db = described.substring("sqlite:".length());
      return Path.of(
          db.endsWith(".db")
              ? db.substring(0, db.length() - 3) + "-watch.json"
              : db + "-watch.json");
    }
    return Path.of(System.getProperty("user.home"), ".parley", "watch-state.json");
  }

  /** One round: every due source polled, its documents stored, its state saved, alerts printed. */
  private final class Round {
    private final ClaimLedger ledger;
    private final ExtractionPipeline extractor;
    private final Poller poller;
    private final WatchState memory;
    private final List<AlertQuery> queries;
    private final PrintWriter out;
    private final PrintWriter err;

    Round(
        ClaimLedger ledger,
        ExtractionPipeline extractor,
        Poller poller,
        WatchState memory,
        List<AlertQuery> queries,
        PrintWriter out,
        PrintWriter err) {
      this.ledger = ledger;
      this.extractor = extractor;
      this.poller = poller;
      this.memory = memory;
      this.queries = queries;
      this.out = out;
      this.err = err;
    }

    void run(List<URI> uris, Duration base, Instant now) {
      LedgerSnapshot before = ledger.latest();
      for (URI u : uris) {
        WatchedSource s = memory.source(u, base, now);
        if (stopping || s.due().isAfter(now)) {
          continue;
        }
        Poll p;
        try {
          p = poller.poll(s);
        } catch (InterruptedException e) {
          stopping = true;
          break;
        }
        store(p);
      }
      alerts(before);
    }

    /** Stores the poll's documents (all of them, even when stopping), then saves the state. */
    private void store(Poll p) {
      synchronized (lock) {
        storing = true;
      }
      boolean interrupted = Thread.interrupted();
      try {
        append(p);
      } finally {
        synchronized (lock) {
          storing = false;
        }
      }
      if (interrupted) {
        stopping = true;
      }
    }

    private void append(Poll p) {
      p.problems().forEach(problem -> err.println("parley watch: " + problem));
      LedgerIngest ingest = new LedgerIngest(ledger, extractor, 1, err);
      try (ingest) {
        p.documents()
            .forEach(
                d ->
                    ingest.accept(
                        new IngestEvent.Read(
                            d, d.url() == null ? d.id().value() : d.url(), List.of())));
        ingest.finish();
      }
      memory.put(p.source());
      memory.save();
      out.printf(
          "poll %s: %d new document%s (%s) · next in %s%n",
          p.source().uri(),
          p.documents().size(),
          p.documents().size() == 1 ? "" : "s",
          ingest.counts().describe(),
          Durations.describe(p.source().interval()));
      out.flush();
    }

    private void alerts(LedgerSnapshot before) {
      if (queries.isEmpty()) {
        return;
      }
      List<Alert> found =
          new AlertFinder(DisputeTolerance.DEFAULT).find(before, ledger.latest(), queries);
      for (Alert a : found) {
        out.println("alert [" + a.query() + "] " + a.text());
      }
      out.flush();
      if (alertLog != null && !found.isEmpty()) {
        AlertLog.append(alertLog, found);
      }
    }
  }
}
