package org.parley.ingest.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.fetch.FetchOutcome;
import org.parley.ingest.fetch.HttpFetcher;
import org.parley.ingest.html.HtmlBytes;
import org.parley.ingest.html.HtmlPage;
import org.parley.ingest.source.FeedXml;
import org.parley.ingest.text.DateReading;
import org.parley.ingest.text.DateText;
import org.parley.ingest.text.Decoded;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/**
 * Polls one source. A conditional GET (the validators of the last answer) fetches it; a feed (RSS,
 * RDF, Atom) gives its new items, each read in full by following its link (the feed's summary is
 * kept only when the article cannot be read); a page is one document. A source that is down, slow,
 * redirecting in circles, too large or not a feed or page gives a problem and an interval that
 * backs off; an item whose article fails is retried at the next poll. At most {@code maxItems} new
 * items are read per poll; the rest wait for the next. Not thread-safe.
 */
public final class Poller {
  private final HttpFetcher fetcher;
  private final HostPacer pacer;
  private final Interval interval;
  private final Clock clock;
  private final int maxItems;

  public Poller(
      HttpFetcher fetcher, HostPacer pacer, Interval interval, Clock clock, int maxItems) {
    this.fetcher = fetcher;
    this.pacer = pacer;
    this.interval = interval;
    this.clock = clock;
    this.maxItems = maxItems;
  }

  /** Polls {@code s} now. */
  public Poll poll(WatchedSource s) throws InterruptedException {
    pacer.await(s.uri());
    Map<String, String> conditional = new LinkedHashMap<>();
    if (s.etag() != null) {
      conditional.put("If-None-Match", s.etag());
    }
    if (s.lastModified() != null) {
      conditional.put("If-Modified-Since", s.lastModified());
    }
    return switch (get(s.uri(), conditional)) {
      case FetchOutcome.NotModified n ->
          new Poll(
              s.scheduled(interval.afterPoll(s.interval(), 0), clock.instant(), null),
              List.of(),
              List.of());
      case FetchOutcome.Failed f -> failed(s, problem(f));
      case FetchOutcome.Fetched f ->
          fetched(
              s.withValidators(
                  f.headers().firstValue("ETag").orElse(null),
                  f.headers().firstValue("Last-Modified").orElse(null)),
              f);
    };
  }

  /** One fetch through issue 14's limits; a stop (interrupt) ends the poll. */
  private FetchOutcome get(URI uri, Map<String, String> headers) throws InterruptedException {
    FetchOutcome o = fetcher.fetch(uri, headers);
    if (Thread.interrupted()) {
      throw new InterruptedException("stopped while fetching " + uri);
    }
    return o;
  }

  private static String problem(FetchOutcome.Failed f) {
    return f.problem().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + f.detail();
  }

  private Poll failed(WatchedSource s, String problem) {
    String p = s.uri() + ": " + problem;
    return new Poll(
        s.scheduled(interval.afterFailure(s.interval()), clock.instant(), p),
        List.of(),
        List.of(p));
  }

  private Poll fetched(WatchedSource s, FetchOutcome.Fetched f) throws InterruptedException {
    if (isFeed(f)) {
      SyndFeed feed;
      try {
        feed = FeedXml.parse(new XmlReader(new ByteArrayInputStream(f.body())));
      } catch (FeedException | IOException | IllegalArgumentException e) {
        return failed(s, "not a readable RSS or Atom feed (" + e.getMessage() + ")");
      }
      return items(s, f.finalUri(), feed);
    }
    Document page = page(f, s.uri().toString(), null, null, null);
    if (page == null) {
      return failed(s, "neither a feed nor a page with main text");
    }
    return done(s, List.of(page), List.of());
  }

  private Poll items(WatchedSource s, URI base, SyndFeed feed) throws InterruptedException {
    List<String> seen = new ArrayList<>(s.seen());
    List<Document> docs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int read = 0;
    int waiting = 0;
    String outlet =
        feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
    for (SyndEntry e : feed.getEntries()) {
      String link = link(base, e);
      if (link == null || seen.contains(link)) {
        continue;
      }
      if (read == maxItems) {
        waiting++;
        continue;
      }
      read++;
      Document d = item(link, e, outlet, problems);
      if (d != null) {
        docs.add(d);
        seen.add(link);
      }
    }
    if (waiting > 0) {
      problems.add("%s: %d more new items wait for the next poll".formatted(s.uri(), waiting));
    }
    return done(s.withSeen(seen), docs, problems);
  }

  /** The item's article in full, else its summary, else null (to try again next poll). */
  private @Nullable Document item(
      String link, SyndEntry e, @Nullable String outlet, List<String> problems)
      throws InterruptedException {
    URI uri;
    try {
      uri = URI.create(link);
    } catch (IllegalArgumentException ex) {
      problems.add("item link '" + link + "' is not a URL");
      return summary(link, e, outlet);
    }
    pacer.await(uri);
    String problem;
    switch (get(uri, Map.of())) {
      case FetchOutcome.Fetched f -> {
        Document d = page(f, link, date(e), outlet, e.getTitle());
        if (d != null) {
          return d;
        }
        problem = "no main text";
      }
      case FetchOutcome.Failed f -> problem = problem(f);
      case FetchOutcome.NotModified n -> problem = "answered 304 to a plain GET";
    }
    Document fallback = summary(link, e, outlet);
    problems.add(
        "%s: %s; %s"
            .formatted(
                link, problem, fallback == null ? "will try again" : "kept the feed's summary"));
    return fallback;
  }

  private static @Nullable Document summary(String link, SyndEntry e, @Nullable String outlet) {
    String html = e.getDescription() == null ? "" : e.getDescription().getValue();
    String text = html == null ? "" : HtmlPage.fragmentText(html);
    return text.isBlank()
        ? null
        : Document.of(new DocumentId(link), date(e), outlet, link, title(e.getTitle()), text);
  }

  /** The page's main text as a document, or null when the body has none. */
  private static @Nullable Document page(
      FetchOutcome.Fetched f,
      String id,
      @Nullable LocalDate date,
      @Nullable String outlet,
      @Nullable String title) {
    if (!(HtmlBytes.decode(f.body(), charset(f.contentType())) instanceof Decoded.Text t)) {
      return null;
    }
    HtmlPage page = HtmlPage.parse(t.text(), f.finalUri().toString());
    if (page.isEmpty()) {
      return null;
    }
    LocalDate day = date;
    if (day == null && DateText.read(page.metadata().date()) instanceof DateReading.Known k) {
      day = k.date();
    }
    return Document.of(
        new DocumentId(id),
        day,
        outlet != null ? outlet : page.metadata().outlet(),
        id,
        title(title != null ? title : page.metadata().title()),
        page.text());
  }

  private Poll done(WatchedSource s, List<Document> docs, List<String> problems) {
    return new Poll(
        s.scheduled(interval.afterPoll(s.interval(), docs.size()), clock.instant(), null),
        docs,
        problems);
  }

  private static boolean isFeed(FetchOutcome.Fetched f) {
    String type = f.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom") || type.contains("xml")) {
      return true;
    }
    String head =
        new String(f.body(), 0, Math.min(f.body().length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<?xml")
        || head.startsWith("<rss")
        || head.startsWith("<feed")
        || head.startsWith("<rdf");
  }

  private static @Nullable String link(URI base, SyndEntry e) {
    String link = e.getLink() != null ? e.getLink() : e.getUri();
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      return base.resolve(link.strip()).toString();
    } catch (IllegalArgumentException ex) {
      return link.strip();
    }
  }

  private static @Nullable LocalDate date(SyndEntry e) {
    java.util.Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static @Nullable String title(@Nullable String t) {
    return t == null || t.isBlank() ? null : t.strip();
  }

  private static @Nullable String charset(String contentType) {
    int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
    return i < 0 ? null : contentType.substring(i + 8).replace("\"", "").strip();
  }
}
