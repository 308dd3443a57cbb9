package org.parley.contract.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.parley.contract.ClaimReader;
import org.parley.contract.DocumentJson;
import org.parley.contract.DocumentLine;
import org.parley.contract.ReadResult;
import org.parley.model.Claim;

/**
 * Reads an extraction batch ({@link BatchLayout}) document by document, streaming: memory holds one
 * document and its claims. A claim line that breaks the contract, or names another document, makes
 * its document {@link BatchItem.Invalid} and reading goes on with the next; a document line that
 * cannot be read ends the reading there (the claims that follow cannot be assigned), as an invalid
 * item that says so. Not thread-safe; close it.
 */
public final class BatchReader implements Iterator<BatchItem>, Closeable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String extractor;
  private final PartLines documents;
  private final PartLines claims;
  private final DocumentJson documentJson = new DocumentJson();
  private final ClaimReader claimReader = new ClaimReader();
  private boolean ended;
  private @Nullable BatchItem next;

  private BatchReader(String extractor, PartLines documents, PartLines claims) {
    this.extractor = extractor;
    this.documents = documents;
    this.claims = claims;
  }

  /**
   * Whether {@code folder} holds a complete batch: its summary names {@value BatchLayout#SCHEMA}.
   */
  public static boolean isBatch(Path folder) {
    Path summary = folder.resolve(BatchLayout.SUMMARY);
    if (!Files.isDirectory(folder) || !Files.isRegularFile(summary)) {
      return false;
    }
    try {
      return BatchLayout.SCHEMA.equals(MAPPER.readTree(summary.toFile()).path("schema").asText());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A reader over the batch in {@code folder}.
   *
   * @throws IllegalArgumentException when the folder is not a complete batch, naming what it lacks
   */
  public static BatchReader open(Path folder) throws IOException {
    if (!isBatch(folder)) {
      throw new IllegalArgumentException(
          folder
              + ": not a complete extraction batch (no "
              + BatchLayout.SUMMARY
              + " naming "
              + BatchLayout.SCHEMA
              + ")");
    }
    JsonNode summary = MAPPER.readTree(folder.resolve(BatchLayout.SUMMARY).toFile());
    String extractor = summary.path("extractor").asText("");
    if (extractor.isBlank()) {
      throw new IllegalArgumentException(folder + ": the batch summary names no extractor");
    }
    return new BatchReader(
        extractor,
        new PartLines(folder.resolve(BatchLayout.DOCUMENTS)),
        new PartLines(folder.resolve(BatchLayout.CLAIMS)));
  }

  /** The version of the extractor that wrote the batch ({@code parley-extract/rules-2+kb/…}). */
  public String extractor() {
    return extractor;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !ended) {
      next = advance();
      if (next == null) {
        ended = true;
      }
    }
    return next != null;
  }

  @Override
  public BatchItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the batch has no more documents");
    }
    BatchItem item = next;
    next = null;
    return item;
  }

  private @Nullable BatchItem advance() {
    if (!documents.hasNext()) {
      if (claims.hasNext()) {
        ended = true;
        return new BatchItem.Invalid(
            claims.next().where(), "claim lines are left over after the last document");
      }
      return null;
    }
    PartLines.Line line = documents.next();
    DocumentLine doc;
    try {
      doc = documentJson.read(line.text());
    } catch (IllegalArgumentException e) {
      ended = true;
      return new BatchItem.Invalid(
          line.where(), e.getMessage() + "; the batch is read no further from here");
    }
    return withClaims(doc, line.where());
  }

  private @Nullable BatchItem withClaims(DocumentLine doc, String where) {
    List<Claim> found = new ArrayList<>();
    String problem = null;
    for (int i = 0; i < doc.claims(); i++) {
      if (!claims.hasNext()) {
        ended = true;
        return new BatchItem.Invalid(
            where,
            "the claim files end before the %d claims of document %s"
                .formatted(doc.claims(), doc.document().id()));
      }
      PartLines.Line line = claims.next();
      switch (claimReader.read(line.text(), line.where())) {
        case ReadResult.Parsed p when p.claim().doc().equals(doc.document().id()) ->
            found.add(p.claim());
        case ReadResult.Parsed p ->
            problem =
                line.where()
                    + ": a claim of document "
                    + p.claim().doc()
                    + " where one of "
                    + doc.document().id()
                    + " belongs";
        case ReadResult.Invalid bad -> problem = bad.toString();
      }
    }
    return problem == null
        ? new BatchItem.Entry(doc, found)
        : new BatchItem.Invalid(where, "document " + doc.document().id() + ": " + problem);
  }

  @Override
  public void close() throws IOException {
    try (documents) {
      claims.close();
    }
  }
}
