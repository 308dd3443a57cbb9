package org.parley.spark.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Iterator;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.ingest.IngestEvent;
import org.parley.ingest.IngestRun;
import org.parley.model.Document;

/**
 * Turns a corpus into a gzipped WARC of news pages as a crawler stores them: each document becomes
 * an HTTP response whose HTML wraps the article in a site's usual weight (navigation, scripts,
 * related links, footer; about {@value #BOILERPLATE_KB} KB of markup generated here, no text taken
 * from anywhere), gzipped record by record like Common Crawl's files. For benchmarks only: the
 * pages live in a temporary folder.
 */
final class NewsPages {
  static final int BOILERPLATE_KB = 60;

  private NewsPages() {}

  /** Writes the documents {@code run} reads into {@code warc}; returns how many pages. */
  static int write(IngestRun run, Path warc) throws IOException {
    String head = chrome(0);
    String tail = chrome(1);
    int pages = 0;
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (Iterator<IngestEvent> it = run; it.hasNext(); ) {
        if (it.next() instanceof IngestEvent.Read r) {
          w.write(response(r.document(), page(r.document(), head, tail), pages++));
        }
      }
    }
    return pages;
  }

  private static String page(Document d, String head, String tail) {
    StringBuilder b = new StringBuilder(BOILERPLATE_KB * 1024 + d.text().length() * 2);
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(d.title() == null ? d.id().value() : d.title()))
        .append("</title>");
    if (d.date() != null) {
      b.append("<meta property=\"article:published_time\" content=\"")
          .append(d.date())
          .append("T08:00:00Z\">");
    }
    b.append(head).append("<article><h1>").append(escape(d.title() == null ? "" : d.title()));
    b.append("</h1>");
    for (String p : d.bodyText().split("\n+")) {
      if (!p.isBlank()) {
        b.append("<p>").append(escape(p.strip())).append("</p>");
      }
    }
    return b.append("</article>").append(tail).append("</body></html>").toString();
  }

  /** Half the site's markup: before the article (0) or after it (1). */
  private static String chrome(int half) {
    return half == 0 ? chromeBefore() : chromeAfter();
  }

  /** The config script and the section menu, before the article. */
  private static String chromeBefore() {
    StringBuilder b = new StringBuilder();
    b.append("<script>window.__config = {");
    for (int i = 0; i < 400; i++) {
      b.append("\"flag")
          .append(i)
          .append("\": {\"on\": ")
          .append(i % 3 == 0)
          .append(", \"v\": ")
          .append(i * 7)
          .append("},");
    }
    b.append("\"end\": true};</script></head><body><header><nav><ul>");
    for (int i = 0; i < 150; i++) {
      b.append("<li><a href=\"/section/")
          .append(i)
          .append("\">Section ")
          .append(i)
          .append("</a></li>");
    }
    return b.append("</ul></nav></header><main>").toString();
  }

  /** The related stories, the footer and the tracking script, after the article. */
  private static String chromeAfter() {
    StringBuilder b = new StringBuilder();
    b.append("<aside class=\"related\"><h2>More stories</h2><ul>");
    for (int i = 0; i < 80; i++) {
      b.append("<li><a href=\"/story/")
          .append(i * 13)
          .append("\">Story ")
          .append(i)
          .append(" in the series on city budgets and weather</a></li>");
    }
    b.append("</ul></aside></main><footer><ul>");
    for (int i = 0; i < 120; i++) {
      b.append("<li><a href=\"/about/")
          .append(i)
          .append("\">Footer link ")
          .append(i)
          .append("</a></li>");
    }
    b.append("</ul><p>Cookie notice and site terms.</p></footer><script>");
    for (int i = 0; i < 200; i++) {
      b.append("track('event").append(i).append("', {slot: ").append(i).append("});");
    }
    return b.append("</script>").toString();
  }

  private static WarcResponse response(Document d, String html, int n) throws IOException {
    String target = d.url() != null ? d.url() : "https://news.invalid/" + n;
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .body(
                MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(URI.create(target.replace(" ", "%20")))
        .date(Instant.parse("2025-09-01T00:00:00Z"))
        .body(http)
        .build();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
