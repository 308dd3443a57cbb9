package org.parley.spark.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.parley.contract.ClaimWriter;
import org.parley.contract.DocumentJson;
import org.parley.contract.DocumentLine;
import org.parley.contract.batch.BatchLayout;
import org.parley.extract.ClaimExtractor;
import org.parley.extract.Extraction;
import org.parley.ingest.Admission;
import org.parley.model.Claim;
import org.parley.model.Diagnostic;
import org.parley.model.Document;
import org.parley.spark.JobSettings;
import org.parley.spark.admit.OutcomeRow;
import org.parley.spark.read.NoteRow;

/**
 * Extracts the documents admission read, in the partitions admission left them in, with this
 * executor's one extractor. A document the extractor fails on is a failed row with an error note,
 * never a failed task.
 */
public final class ExtractStage {
  private ExtractStage() {}

  /** What the job's executors report back about their extractors. */
  public record Reports(LongAccumulator loads, CollectionAccumulator<String> versions)
      implements java.io.Serializable {}

  /**
   * The extracted rows of {@code outcomes}' reads; {@code reusedIds} holds the seqs of documents
   * whose id an earlier document read already had.
   */
  public static JavaRDD<ExtractedRow> extract(
      JavaRDD<OutcomeRow> outcomes,
      JobSettings settings,
      Broadcast<Set<Long>> reusedIds,
      Reports reports) {
    List<String> kb = settings.kbFileNames();
    return outcomes
        .filter(o -> o instanceof OutcomeRow.Read)
        .mapPartitions(
            reads -> {
              ClaimExtractor extractor =
                  Extractors.get(
                      kb, name -> Path.of(SparkFiles.get(name)), () -> reports.loads().add(1));
              reports.versions().add(extractor.version());
              return rows(reads, extractor, reusedIds.value());
            });
  }

  private static Iterator<ExtractedRow> rows(
      Iterator<OutcomeRow> reads, ClaimExtractor extractor, Set<Long> reusedIds) {
    DocumentJson json = new DocumentJson();
    ClaimWriter writer = new ClaimWriter();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return reads.hasNext();
      }

      @Override
      public ExtractedRow next() {
        OutcomeRow.Read r = (OutcomeRow.Read) reads.next();
        Document doc = json.read(r.document()).document();
        List<NoteRow> notes = new ArrayList<>(r.notes());
        if (reusedIds.contains(r.seq())) {
          notes.add(NoteRow.of(Admission.idReused(r.where(), doc.id())));
        }
        return row(r, doc, extract(extractor, doc), notes, json, writer);
      }
    };
  }

  private static Extraction extract(ClaimExtractor extractor, Document doc) {
    try {
      return extractor.extract(doc);
    } catch (RuntimeException | StackOverflowError e) {
      // the extractor promises not to throw; if it does, the document is reported, not the job lost
      return new Extraction(
          doc, List.of(), List.of(Diagnostic.error(doc.id().value(), "extraction failed: " + e)));
    }
  }

  private static ExtractedRow row(
      OutcomeRow.Read r,
      Document doc,
      Extraction x,
      List<NoteRow> notes,
      DocumentJson json,
      ClaimWriter writer) {
    List<String> claims = new ArrayList<>(x.claims().size());
    for (Claim c : x.claims()) {
      claims.add(writer.write(c));
    }
    x.diagnostics().forEach(d -> notes.add(NoteRow.of(d)));
    boolean failed =
        x.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    String month =
        doc.date() == null ? BatchLayout.UNKNOWN_MONTH : doc.date().toString().substring(0, 7);
    String line = json.write(new DocumentLine(doc, r.where(), claims.size()));
    return new ExtractedRow(r.seq(), line, claims, notes, failed, month);
  }
}
