package org.parley.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The fuzzer's starting inputs: one small file per format Parley reads (seed, plain text, HTML,
 * JSONL, CSV, RSS 0.91 with its DOCTYPE, Atom, WARC, gzipped JSONL), all written for this purpose
 * around two short made-up news items, so each seed reads into documents that the extractor finds
 * claims in. Stateless.
 */
public final class FuzzSeeds {
  static final String TALKS =
      "Russia demanded on Tuesday that Ukraine withdraw its forces from the Donetsk region before"
          + " any ceasefire, the Kremlin spokesman said. Kyiv rejected the demand and said it"
          + " would not give up territory. \"We will not trade land for a pause,\" the Ukrainian"
          + " foreign minister told reporters in Geneva.";
  static final String SUMMIT =
      "Ukraine offered on Friday to hold talks with Russia in Istanbul if a thirty-day"
          + " ceasefire took hold first (the proposal, sent through Turkey, named no date)."
          + " Moscow said it would study the offer; a Kremlin aide called it \"a step\".";

  private FuzzSeeds() {}

  /** One seed per format, in a fixed order. */
  public static List<FuzzSeed> all() {
    return List.of(
        seed("seed.txt", "date 2024-03-05 Talks\n\n" + TALKS + "\n"),
        seed("plain.txt", TALKS + "\n\n" + SUMMIT + "\n"),
        seed("page.html", html()),
        seed("records.jsonl", jsonl()),
        seed("records.csv", csv()),
        seed("old.rss", rss()),
        seed("news.atom", atom()),
        new FuzzSeed("crawl.warc", warc()),
        new FuzzSeed("records.jsonl.gz", gzip(jsonl().getBytes(StandardCharsets.UTF_8))));
  }

  private static FuzzSeed seed(String name, String text) {
    return new FuzzSeed(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String html() {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Talks &amp; terms</title>"
        + "<meta property=\"article:published_time\" content=\"2024-03-05\"></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>Talks</h1><p>"
        + TALKS
        + "</p><p>"
        + SUMMIT
        + "</p></article><footer>&copy; Harbour Post</footer></body></html>";
  }

  private static String jsonl() {
    return "{\"id\":\"t-1\",\"date\":\"2024-03-05\",\"outlet\":\"Harbour Post\",\"text\":\""
        + TALKS.replace("\"", "\\\"")
        + "\"}\n{\"id\":\"t-2\",\"date\":\"2024-03-08\",\"title\":\"Offer\",\"text\":\""
        + SUMMIT.replace("\"", "\\\"")
        + "\"}\n";
  }

  private static String csv() {
    return "id,date,title,text\nc-1,2024-03-05,Talks,\""
        + TALKS.replace("\"", "\"\"")
        + "\"\nc-2,2024-03-08,\"Offer, in Istanbul\",\""
        + SUMMIT.replace("\"", "\"\"")
        + "\"\n";
  }

  private static String rss() {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS"
        + " 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
        + "<rss version=\"0.91\"><channel><title>Harbour Post</title>"
        + "<link>https://harbour.example/</link><description>News</description>"
        + "<language>en</language><item><title>Talks</title>"
        + "<link>https://harbour.example/talks</link><description>"
        + TALKS.replace("\"", "&quot;")
        + "</description></item></channel></rss>\n";
  }

  private static String atom() {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Harbour Post</title><id>urn:harbour</id><updated>2024-03-08T10:00:00Z</updated>"
        + "<entry><title>Offer</title><id>urn:harbour:2</id><link href=\"https://harbour.example/o\"/>"
        + "<updated>2024-03-08T10:00:00Z</updated><content type=\"html\">&lt;p&gt;"
        + SUMMIT.replace("\"", "&quot;")
        + "&lt;/p&gt;</content></entry></feed>\n";
  }

  private static byte[] warc() {
    String page =
        "<html><head><title>Talks</title></head><body><article><p>"
            + TALKS
            + "</p></article></body></html>";
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + body.length
            + "\r\n\r\n"
            + page;
    byte[] block = http.getBytes(StandardCharsets.UTF_8);
    String head =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://harbour.example/talks\r\n"
            + "WARC-Date: 2024-03-05T10:00:00Z\r\n"
            + "WARC-Record-ID: <urn:uuid:0b5c4d1e-8f7a-4c3b-9e2d-1a6f5b4c3d2e>\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: "
            + block.length
            + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes());
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
