package org.parley.cli.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.extract.ExtractionPipeline;
import org.parley.extract.context.DocContext;
import org.parley.extract.training.GoldDocument;
import org.parley.model.Document;

/**
 * Analyses a gold set's documents with the language layer, on several threads, keeping the
 * documents' order: the analysed documents training and cross-validation work on.
 */
public final class TrainingData {
  private TrainingData() {}

  /** The analysed gold documents of {@code set}, in the set's order. */
  public static List<GoldDocument> analyze(ExtractionPipeline pipeline, GoldSet set, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<DocContext>> futures = new ArrayList<>();
      for (Document d : set.documents()) {
        futures.add(pool.submit(() -> pipeline.analyze(d)));
      }
      List<GoldDocument> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        Document d = set.documents().get(i);
        out.add(new GoldDocument(futures.get(i).get(), set.gold().get(d.id())));
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing the gold documents", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot analyse a gold document: " + e.getCause(), e);
    } finally {
      pool.shutdownNow();
    }
  }
}
