package org.parley.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.fetch.FetchLimits;
import org.parley.ingest.fetch.HttpFetcher;
import org.parley.model.Document;
import org.parley.testkit.FeedServer;

class PollerTest {
  private FeedServer server;
  private HttpFetcher fetcher;
  private final List<Duration> waits = new ArrayList<>();
  private final Clock clock = Clock.systemUTC();
  private Poller poller;

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer();
    fetcher =
        new HttpFetcher(
            FetchLimits.defaults()
                .withTotal(Duration.ofSeconds(2))
                .withMaxBytes(100_000)
                .withMaxRedirects(3));
    poller =
        new Poller(
            fetcher,
            new HostPacer(Duration.ofMillis(50), clock, waits::add),
            Interval.around(Duration.ofMinutes(4)),
            clock,
            10);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private WatchedSource fresh(String path) {
    return WatchedSource.fresh(server.uri(path), Duration.ofMinutes(4), Instant.now());
  }

  @Test
  void readsEveryNewItemInFullThenAsksConditionallyAndReadsOnlyWhatIsNew() throws Exception {
    Poll first = poller.poll(fresh("/feed.xml"));

    assertThat(first.problems()).isEmpty();
    assertThat(first.documents())
        .extracting(Document::title)
        .containsExactly("Talks item 1", "Talks item 2");
    assertThat(first.documents().get(0).text())
        .contains("about 75 percent of the Donetsk region")
        .doesNotContain("Home | World");
    assertThat(first.documents().get(0).outlet()).isEqualTo("Parley Test Wire");
    assertThat(first.documents().get(0).date()).hasToString("2025-08-17");
    assertThat(first.source().etag()).isNotNull();
    assertThat(first.source().interval()).isEqualTo(Duration.ofMinutes(2));

    Poll second = poller.poll(first.source());
    assertThat(second.documents()).isEmpty();
    assertThat(server.hits("/a1")).isEqualTo(1);
    assertThat(second.source().interval()).isEqualTo(Duration.ofMinutes(3));

    server.listArticles(3);
    Poll third = poller.poll(second.source());
    assertThat(third.documents()).extracting(Document::title).containsExactly("Talks item 3");
    assertThat(server.hits("/a1")).isEqualTo(1);
    assertThat(waits)
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofMillis(50)));
  }

  @Test
  void aFailingSourceIsReportedByNameAndBacksOffWithoutThrowing() throws Exception {
    for (String path : List.of("/down", "/loop", "/huge", "/garbage", "/slow", "/to-file")) {
      Poll p = poller.poll(fresh(path));

      assertThat(p.documents()).as(path).isEmpty();
      assertThat(p.problems())
          .as(path)
          .singleElement()
          .asString()
          .startsWith(server.uri(path) + ": ");
      assertThat(p.source().failures()).as(path).isEqualTo(1);
      assertThat(p.source().interval()).as(path).isEqualTo(Duration.ofMinutes(8));
    }
    assertThat(poller.poll(fresh("/loop")).problems().get(0)).contains(": redirects: ");
    assertThat(poller.poll(fresh("/huge")).problems().get(0)).contains(": too large: ");
    assertThat(poller.poll(fresh("/slow")).problems().get(0)).contains(": timeout: ");
    assertThat(poller.poll(fresh("/to-file")).problems().get(0)).contains(": scheme: ");
    URI closed = URI.create("http://127.0.0.1:1/feed.xml");
    assertThat(
            poller
                .poll(WatchedSource.fresh(closed, Duration.ofMinutes(4), Instant.now()))
                .problems())
        .singleElement()
        .asString()
        .contains(": network: ");
  }

  @Test
  void aRedirectIsFollowedAndAPageIsOneDocument() throws Exception {
    assertThat(poller.poll(fresh("/moved")).documents()).hasSize(2);
    assertThat(poller.poll(fresh("/a3")).documents())
        .singleElement()
        .satisfies(d -> assertThat(d.text()).contains("Istanbul"));
  }

  @Test
  void theStateFileKeepsWhatWasSeenAcrossRuns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("watch.json");
    WatchState state = WatchState.load(file);
    Poll p =
        poller.poll(state.source(server.uri("/feed.xml"), Duration.ofMinutes(4), Instant.now()));
    state.put(p.source());
    state.save();

    WatchState again = WatchState.load(file);
    WatchedSource s = again.source(server.uri("/feed.xml"), Duration.ofMinutes(4), Instant.now());

    assertThat(s).isEqualTo(p.source());
    assertThat(poller.poll(s).documents()).isEmpty();
  }
}
