package org.parley.spark.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.parley.contract.ClaimWriter;
import org.parley.contract.DocumentJson;
import org.parley.contract.DocumentLine;
import org.parley.extract.Extraction;
import org.parley.extract.ExtractionPipeline;
import org.parley.ingest.Admission;
import org.parley.ingest.IngestOptions;
import org.parley.ingest.source.Readers;
import org.parley.ingest.source.SourceCursor;
import org.parley.ingest.source.SourceInput;
import org.parley.ingest.source.SourceItem;
import org.parley.model.Claim;
import org.parley.model.Document;

/**
 * Where one core's time goes per page, each stage measured alone on one thread over the same
 * gzipped WARC: decompression, reading (decompression, WARC records, HTML to main text), admission
 * facts (hash, MinHash, language), extraction, and writing the JSON lines. Times are the measuring
 * thread's CPU time, which other processes on the machine do not inflate.
 */
final class StageCosts {
  /** One stage's cost: seconds for {@code pages} pages. */
  record Cost(String stage, double seconds, int pages) {
    double msPerPage() {
      return seconds * 1000 / pages;
    }
  }

  private StageCosts() {}

  /** Measures every stage over {@code warc}, in order. */
  static List<Cost> measure(Path warc, IngestOptions options) throws IOException {
    List<Cost> costs = new ArrayList<>();
    long t = now();
    long bytes = gunzip(warc);
    costs.add(new Cost("decompress (gzip, %d MB)".formatted(bytes >> 20), lap(t), 1));
    t = now();
    List<SourceItem.Parsed> pages = read(warc, options);
    costs.add(new Cost("read: WARC records, HTML to text", lap(t), pages.size()));
    Admission admission = new Admission(options);
    t = now();
    pages.forEach(p -> admission.facts(p.document()));
    costs.add(new Cost("admission facts: hash, MinHash, language", lap(t), pages.size()));
    t = now();
    ExtractionPipeline extractor = ExtractionPipeline.loadDefault();
    costs.add(new Cost("extractor load (once per executor)", lap(t), 1));
    t = now();
    List<Extraction> done = pages.stream().map(p -> extractor.extract(p.document())).toList();
    costs.add(new Cost("extraction", lap(t), pages.size()));
    t = now();
    long chars = write(done);
    costs.add(new Cost("JSON lines (%d MB)".formatted(chars >> 20), lap(t), pages.size()));
    Cost gunzip = costs.getFirst();
    costs.set(0, new Cost(gunzip.stage(), gunzip.seconds(), pages.size()));
    return costs;
  }

  private static long gunzip(Path warc) throws IOException {
    byte[] buf = new byte[1 << 16];
    long total = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(warc), 1 << 16)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
      }
    }
    return total;
  }

  private static List<SourceItem.Parsed> read(Path warc, IngestOptions options) throws IOException {
    SourceInput input =
        new SourceInput(
            warc.toString(),
            SourceInput.stemOf(warc.toString()),
            () -> Files.newInputStream(warc),
            options.read().limits());
    List<SourceItem.Parsed> pages = new ArrayList<>();
    try (SourceCursor cursor = Readers.openOrFailed(input, input, null, options.read(), false)) {
      cursor.forEachRemaining(
          item -> {
            if (item instanceof SourceItem.Parsed p) {
              pages.add(p);
            }
          });
    }
    return pages;
  }

  private static long write(List<Extraction> done) {
    DocumentJson documents = new DocumentJson();
    ClaimWriter claims = new ClaimWriter();
    long chars = 0;
    for (Extraction x : done) {
      Document d = x.document();
      chars += documents.write(new DocumentLine(d, d.id().value(), x.claims().size())).length();
      for (Claim c : x.claims()) {
        chars += claims.write(c).length();
      }
    }
    return chars;
  }

  private static double lap(long start) {
    return (now() - start) / 1e9;
  }

  private static long now() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
