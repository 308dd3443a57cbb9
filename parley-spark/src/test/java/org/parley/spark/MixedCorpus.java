package org.parley.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A corpus in every format Parley reads, made from the sample articles (which the Parley developers
 * wrote): seed text files, a CSV of three articles, a gzipped WARC with three pages among a
 * request, an image and a 404, a JSONL of readouts with a near copy of a sample, a reused id and a
 * broken line, an exact copy under another name, a German article, a file that is not UTF-8, a file
 * of no known format, a hidden file and an empty folder.
 */
final class MixedCorpus {
  static final Path SAMPLES = Path.of("../samples/articles");

  /** Our own German paragraph, for the language check. */
  private static final String GERMAN =
      "Die Delegationen aus Moskau und Kiew trafen sich am Dienstag in Genf zu einer neuen"
          + " Gesprächsrunde. Nach Angaben beider Seiten ging es vor allem um den Austausch von"
          + " Gefangenen und um humanitäre Korridore für die Zivilbevölkerung. Ein Sprecher des"
          + " Außenministeriums sagte, man sei noch weit von einer Einigung entfernt, wolle aber in"
          + " der kommenden Woche weiterverhandeln. Beobachter der Vereinten Nationen nahmen an den"
          + " Gesprächen teil und sprachen von einer sachlichen Atmosphäre.";

  /** Our own short report that reuses a readout's id. */
  private static final String REUSED =
      "A later wire note said the two presidents would speak again by telephone within a week,"
          + " and that aides were preparing a list of prisoners to be exchanged.";

  private MixedCorpus() {}

  /** A seed sample: its date, its teaser and its body. */
  record Seed(String id, String date, String teaser, String body) {
    static Seed read(String file) throws IOException {
      String text = Files.readString(SAMPLES.resolve(file));
      String header = text.substring(0, text.indexOf('\n')).strip();
      String[] parts = header.split(" ", 3);
      String body = text.substring(text.indexOf("\n\n") + 2).strip();
      return new Seed(file.substring(0, file.lastIndexOf('.')), parts[1], parts[2], body);
    }

    String html() {
      StringBuilder page =
          new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
              .append("<title>")
              .append(teaser)
              .append("</title><meta property=\"article:published_time\" content=\"")
              .append(date)
              .append("\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>")
              .append(teaser)
              .append("</h1>");
      for (String p : body.split("\n\n")) {
        page.append("<p>").append(p).append("</p>");
      }
      return page.append("</article><footer>Parley Digest</footer></body></html>").toString();
    }
  }

  /** Writes the corpus into {@code dir}; returns its root folder. */
  static Path write(Path dir) throws IOException {
    Path root = Files.createDirectories(dir.resolve("corpus"));
    Path seeds = Files.createDirectories(root.resolve("a_seeds"));
    for (String f :
        List.of(
            "01_draft_treaties.txt",
            "02_belarus_talks_kremlin_terms.txt",
            "03_istanbul_round_2022.txt",
            "06_kyiv_book_festival.txt",
            "07_putin_conditions_june_2024.txt",
            "08_burgenstock_reaction.txt",
            "09_kursk_incursion.txt",
            "12_istanbul_talks_may_2025.txt",
            "13_prisoner_exchange_may_2025.txt",
            "14_istanbul_memoranda_june_2025.txt",
            "15_control_estimates_july_2025.txt",
            "16_oped_contours_of_a_deal.txt")) {
      Files.copy(SAMPLES.resolve(f), seeds.resolve(f));
    }
    csv(root.resolve("b_wire.csv"));
    warc(root.resolve("c_crawl.warc.gz"));
    jsonl(root.resolve("d_wire.jsonl"));
    more(Files.createDirectories(root.resolve("e_more")));
    Files.createDirectories(root.resolve("f_empty"));
    return root;
  }

  private static void csv(Path file) throws IOException {
    List<String> lines = new ArrayList<>(List.of("id,date,title,outlet,text"));
    for (String f :
        List.of(
            "17_alaska_summit.txt", "18_donbas_for_freeze.txt", "19_white_house_guarantees.txt")) {
      Seed s = Seed.read(f);
      lines.add(
          String.join(
              ",", s.id(), s.date(), quoted(s.teaser()), "Parley Digest", quoted(s.body())));
    }
    lines.add("empty-row,2025-08-30,Nothing here,Parley Digest,\"\"");
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static void warc(Path file) throws IOException {
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      w.write(request("https://parley.invalid/samples/10"));
      w.write(
          response(
              "https://parley.invalid/samples/10",
              200,
              "text/html; charset=utf-8",
              Files.readString(SAMPLES.resolve("10_pre2014_borders.html"))));
      w.write(response("https://parley.invalid/logo.png", 200, "image/png", "PNG"));
      for (String f : List.of("04_peace_formula.txt", "05_regional_air_routes.txt")) {
        Seed s = Seed.read(f);
        w.write(response("https://parley.invalid/samples/" + s.id(), 200, "text/html", s.html()));
      }
      w.write(response("https://parley.invalid/gone", 404, "text/html", "<p>Not found</p>"));
    }
  }

  private static void jsonl(Path file) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLES.resolve("11_readouts.jsonl")));
    lines.removeIf(String::isBlank);
    lines.add("{\"id\": \"broken\", \"text\": ");
    Seed memoranda = Seed.read("14_istanbul_memoranda_june_2025.txt");
    String edited = memoranda.body().replaceFirst(" the ", " a ").replaceFirst("\\. ", ", and. ");
    lines.add(json("wire-memoranda", memoranda.date(), memoranda.teaser(), edited));
    lines.add(json("readout-20250519-putin-trump", "2025-05-26", "Calls to follow", REUSED));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static void more(Path dir) throws IOException {
    Files.copy(SAMPLES.resolve("07_putin_conditions_june_2024.txt"), dir.resolve("07_again.txt"));
    Files.writeString(dir.resolve("de_bericht.txt"), " date 2025-06-03 Gespräche\n\n" + GERMAN);
    byte[] latin1 =
        "Verhandlungen in Genf: Delegationen \u00e4u\u00dferten sich vorsichtig."
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("latin1.txt"), latin1);
    Files.write(dir.resolve("notes.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff});
    Files.writeString(dir.resolve(".hidden.txt"), "Not to be read.");
  }

  private static String json(String id, String date, String title, String text) {
    return "{\"id\": %s, \"date\": %s, \"title\": %s, \"outlet\": \"Parley Digest\", \"text\": %s}"
        .formatted(quotedJson(id), quotedJson(date), quotedJson(title), quotedJson(text));
  }

  private static String quotedJson(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private static WarcRequest request(String uri) throws IOException {
    HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getPath()).build();
    return new WarcRequest.Builder(URI.create(uri))
        .date(Instant.parse("2025-09-01T00:00:00Z"))
        .body(http)
        .build();
  }

  private static WarcResponse response(String uri, int status, String type, String body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(URI.create(uri))
        .date(Instant.parse("2025-09-01T00:00:00Z"))
        .body(http)
        .build();
  }
}
