package org.parley.spark.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.parley.contract.batch.BatchLayout;
import org.parley.ingest.IngestSummary;
import org.parley.spark.JobSummary;

/** Writes the batch's {@code summary.json}, last, so that its presence means a complete batch. */
public final class SummaryFile {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryFile() {}

  /** Writes {@code summary} of the job over {@code inputs} into {@code output}. */
  public static void write(
      String output, List<String> inputs, JobSummary summary, Configuration conf)
      throws IOException {
    Path file = new Path(output, BatchLayout.SUMMARY);
    try (OutputStream out = file.getFileSystem(conf).create(file, true)) {
      MAPPER.writeValue(out, json(inputs, summary));
    }
  }

  private static ObjectNode json(List<String> inputs, JobSummary s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", BatchLayout.SCHEMA);
    root.put("extractor", s.extractor());
    inputs.forEach(root.putArray("inputs")::add);
    root.put("master", s.master());
    root.put("cores", s.cores());
    root.put("entries", s.entries());
    IngestSummary r = s.reading();
    putReading(root, r);
    root.put("extracted", s.extracted());
    root.put("failed", s.failed());
    root.put("claims", s.claims());
    root.put("extractor_loads", s.extractorLoads());
    putSeconds(root.putObject("seconds"), s);
    root.put("summary", r.describe());
    return root;
  }

  /** What was read: documents, duplicates, skipped inputs and warnings. */
  private static void putReading(ObjectNode root, IngestSummary r) {
    root.put("read", r.read());
    ObjectNode dup = root.putObject("duplicates");
    dup.put("exact", r.exactDuplicates());
    dup.put("exact_groups", r.exactGroups());
    dup.put("near", r.nearDuplicates());
    dup.put("near_groups", r.nearGroups());
    ObjectNode skipped = root.putObject("skipped");
    skipped.put("total", r.skippedTotal());
    skipped.put("failures", r.failures());
    r.skipped().forEach((reason, n) -> skipped.put(reason.name().toLowerCase(Locale.ROOT), n));
    root.put("warnings", r.warnings());
  }

  private static void putSeconds(ObjectNode seconds, JobSummary s) {
    seconds.put("list", s.seconds().list());
    seconds.put("read", s.seconds().read());
    seconds.put("admit", s.seconds().admit());
    seconds.put("extract", s.seconds().extract());
    seconds.put("write", s.seconds().write());
    seconds.put("total", s.seconds().total());
  }
}
