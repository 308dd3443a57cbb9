package org.parley.cli.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.contract.scoring.ClaimFiles;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestEvent;
import org.parley.ingest.IngestOptions;
import org.parley.ingest.IngestRun;
import org.parley.ingest.source.Source;
import org.parley.model.Claim;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/**
 * Hand-annotated documents for training and evaluation: the gold claims of each document named by
 * some gold file or folder (a document with an empty gold file has no claims), with its text read
 * from the corpus sources. Documents are kept in id order.
 */
public record GoldSet(List<Document> documents, Map<DocumentId, List<Claim>> gold) {
  public GoldSet {
    documents = List.copyOf(documents);
    gold = Map.copyOf(gold);
  }

  /**
   * The documents of the gold files or folders {@code goldPaths}, their texts found in {@code
   * corpus}; fails naming the gold documents whose text no source holds, and any invalid record.
   */
  public static GoldSet load(List<Path> goldPaths, List<String> corpus) {
    Map<DocumentId, List<Claim>> gold = new TreeMap<>();
    for (Path p : goldPaths) {
      ClaimFiles files = ClaimFiles.load(p);
      if (!files.invalid().isEmpty()) {
        throw new IllegalArgumentException(
            "invalid gold record in %s: %s".formatted(p, files.invalid().get(0)));
      }
      files.documents().forEach(d -> gold.putIfAbsent(d, new ArrayList<>()));
      files.claims().forEach(c -> gold.get(c.doc()).add(c));
    }
    Map<DocumentId, Document> texts = texts(corpus, gold.keySet());
    Set<DocumentId> missing = new LinkedHashSet<>(gold.keySet());
    missing.removeAll(texts.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "no corpus source holds the text of %d gold documents (first: %s); name the corpus with --corpus"
              .formatted(missing.size(), missing.iterator().next()));
    }
    return new GoldSet(gold.keySet().stream().map(texts::get).toList(), gold);
  }

  /** The gold documents whose ids are in {@code ids}, in id order. */
  public GoldSet only(Set<String> ids) {
    List<Document> kept = documents.stream().filter(d -> ids.contains(d.id().value())).toList();
    Map<DocumentId, List<Claim>> g = new HashMap<>();
    kept.forEach(d -> g.put(d.id(), gold.get(d.id())));
    return new GoldSet(kept, g);
  }

  /** All gold claims, documents in id order. */
  public List<Claim> claims() {
    return documents.stream().flatMap(d -> gold.get(d.id()).stream()).toList();
  }

  private static Map<DocumentId, Document> texts(List<String> corpus, Set<DocumentId> wanted) {
    Map<DocumentId, Document> found = new HashMap<>();
    IngestOptions options = IngestOptions.defaults().withEnglishOnly(false);
    try (IngestRun run = Ingest.open(corpus.stream().map(Source::parse).toList(), options)) {
      while (run.hasNext()) {
        Document d =
            switch (run.next()) {
              case IngestEvent.Read r -> r.document();
              case IngestEvent.Duplicate dup -> dup.document();
              case IngestEvent.Skipped s -> null;
            };
        if (d != null && wanted.contains(d.id())) {
          found.putIfAbsent(d.id(), d);
        }
      }
    }
    return found;
  }
}
