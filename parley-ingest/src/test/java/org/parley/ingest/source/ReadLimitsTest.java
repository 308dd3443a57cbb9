package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.ingest.Articles;

/**
 * Every format stops at its size limit, says which limit with its option, and the run goes on to
 * the next record or input. Limits are small here so the inputs stay small; the bombs of the issue
 * run against the defaults in the command-line tests.
 */
class ReadLimitsTest {
  private static final long RECORD = 16 << 10;
  private static final long FILE = 256 << 10;
  private static final String GOOD = " date 2023-05-16 x\n\nDelegations met in Geneva on Tuesday.";

  @TempDir Path dir;

  private List<String> walk(Path... files) {
    ReadLimits limits = ReadLimits.defaults().withMaxRecordBytes(RECORD).withMaxFileBytes(FILE);
    List<Source> sources = Arrays.stream(files).<Source>map(Source.Local::new).toList();
    return Items.walk(sources, null, ReadSettings.defaults().withLimits(limits)).stream()
        .map(ReadLimitsTest::describe)
        .toList();
  }

  private static String describe(SourceItem item) {
    return switch (item) {
      case SourceItem.Parsed p -> "doc " + p.document().id();
      case SourceItem.Failed f ->
          f.reason()
              + " "
              + f.where().substring(f.where().lastIndexOf('/') + 1)
              + ": "
              + f.detail();
    };
  }

  @Test
  void aGzippedTextThatInflatesPastTheRecordLimitIsReportedAndTheNextFileRead() throws IOException {
    Path bomb = gzipOfRepeats("bomb.txt.gz", "Talks. ", 10 << 20);
    Path good = Articles.write(dir, "good.txt", GOOD);

    assertThat(Files.size(bomb)).isLessThan(64 << 10);
    assertThat(walk(bomb, good))
        .containsExactly(
            "TOO_LARGE bomb.txt.gz: is larger than the 16 KiB limit per record"
                + " (--max-record-size) (a page, text file or feed is one record)",
            "doc good");
  }

  @Test
  void aCorpusThatInflatesPastTheFileLimitStopsThereAfterItsEarlierRecords() throws IOException {
    String line = Articles.jsonLine("a", "2023-05-16", "T", "Talks in Geneva.") + "\n";
    Path bomb = gzipOfRepeats("corpus.jsonl.gz", line, 10 << 20);
    List<String> items = walk(bomb, Articles.write(dir, "good.txt", GOOD));

    assertThat(items.getFirst()).isEqualTo("doc a");
    assertThat(items.subList(items.size() - 2, items.size()))
        .containsExactly(
            "TOO_LARGE corpus.jsonl.gz: holds more than the 256 KiB limit per file"
                + " (--max-file-size) (after decompression); reading stopped there",
            "doc good");
  }

  @Test
  void aJsonLineOverTheRecordLimitIsPassedOverAndTheNextLineRead() {
    String big = Articles.jsonLine("big", "2023-05-16", "T", "word ".repeat(10_000));
    String next = Articles.jsonLine("next", "2023-05-16", "T", "Talks resumed in Geneva.");
    Path file = Articles.write(dir, "c.jsonl", big + "\n" + next + "\n");

    assertThat(walk(file))
        .containsExactly(
            "TOO_LARGE c.jsonl:1: the line is longer than the 16 KiB limit per record"
                + " (--max-record-size); passed over",
            "doc next");
  }

  @Test
  void aCsvRecordWithAnUnclosedQuoteStopsAtTheRecordLimit() {
    String csv =
        "id,date,text\nfirst,2023-05-16,Talks opened in Geneva.\nsecond,2023-05-16,\"never closed "
            + "word ".repeat(10_000);
    Path file = Articles.write(dir, "c.csv", csv);

    assertThat(walk(file, Articles.write(dir, "good.txt", GOOD)))
        .containsExactly(
            "doc first",
            "TOO_LARGE c.csv:3: a CSV record is longer than the 16 KiB limit per record"
                + " (--max-record-size) (an unclosed quote?); the rest of the file is not read",
            "doc good");
  }

  @Test
  void aWarcPageOverTheRecordLimitIsPassedOverAndTheNextPageRead() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      writer.write(
          WarcReaderTest.response(
              "https://harbour.example/huge",
              200,
              "text/html",
              "<p>" + "word ".repeat(10_000) + "</p>"));
      writer.write(
          WarcReaderTest.response(
              "https://harbour.example/talks", 200, "text/html", "<p>Geneva talks.</p>"));
    }

    assertThat(walk(file))
        .containsExactly(
            "TOO_LARGE huge: the page is larger than the"
                + " 16 KiB limit per record (--max-record-size) (after content decoding); passed"
                + " over",
            "doc https://harbour.example/talks");
  }

  @Test
  void aFeedOverTheRecordLimitIsReported() {
    String feed =
        "<rss version=\"2.0\"><channel><title>T</title><item><description>"
            + "word ".repeat(10_000)
            + "</description></item></channel></rss>";
    assertThat(walk(Articles.write(dir, "f.rss", feed)))
        .containsExactly(
            "TOO_LARGE f.rss: is larger than the 16 KiB limit per record (--max-record-size)"
                + " (a page, text file or feed is one record)");
  }

  private Path gzipOfRepeats(String name, String unit, long inflated) throws IOException {
    Path file = dir.resolve(name);
    byte[] block = unit.repeat((int) (65536 / unit.length())).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (long n = 0; n < inflated; n += block.length) {
        out.write(block);
      }
    }
    return file;
  }
}
