package org.parley.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.contract.ClaimReader;
import org.parley.contract.ReadResult;
import org.parley.ledger.ClaimImport;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.Extraction;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.RunIdentity;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import org.parley.model.Claim;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Evidence;
import org.parley.model.Span;

/**
 * Real SQLite ledgers for analysis tests, filled from fixture folders under {@code
 * org/parley/analysis/ledgers/}: {@code documents.jsonl} (articles written for the tests: id, date,
 * outlet, title, text) and {@code claims.jsonl} (parley.claim/1 records whose evidence span is
 * found by searching their {@code text} in the document). Recorded instants come from a fixed
 * clock.
 */
public final class LedgerFixtures {
  /** The clock's instant: the first append is recorded at it, later ones a microsecond apart. */
  public static final Instant RECORDED = Instant.parse("2025-09-01T00:00:00Z");

  public static final RunIdentity RUN = new RunIdentity("fixture", "kb-fixture");

  private static final ObjectMapper JSON = new ObjectMapper();

  private LedgerFixtures() {}

  /** An empty ledger in {@code folder} with the fixed clock. */
  public static ClaimLedger open(Path folder) {
    return JdbiClaimLedger.open(
        new LedgerLocation.Sqlite(folder.resolve("ledger.db")),
        Clock.fixed(RECORDED, ZoneOffset.UTC));
  }

  /** A ledger in {@code folder} holding the fixture {@code name}. */
  public static ClaimLedger load(Path folder, String name) {
    ClaimLedger ledger = open(folder);
    Map<DocumentId, Document> docs = documents(name);
    Map<DocumentId, List<Claim>> claims = claims(name, docs);
    claims.forEach(
        (id, list) -> {
          Document d = docs.get(id);
          if (d == null) {
            ledger.appendClaims(new ClaimImport(id, RUN, list));
          } else {
            ledger.append(new Extraction(d, RUN, list));
          }
        });
    return ledger;
  }

  /** Appends {@code claims} (of one document, known only by its id) to {@code ledger}. */
  public static void importClaims(ClaimLedger ledger, List<Claim> claims) {
    ledger.appendClaims(new ClaimImport(claims.get(0).doc(), RUN, claims));
  }

  private static Map<DocumentId, Document> documents(String name) {
    Map<DocumentId, Document> out = new LinkedHashMap<>();
    for (String line : lines(name + "/documents.jsonl")) {
      JsonNode n = read(line);
      Document d =
          Document.of(
              new DocumentId(n.get("id").asText()),
              LocalDate.parse(n.get("date").asText()),
              n.get("outlet").asText(),
              null,
              n.path("title").asText(null),
              n.get("text").asText());
      out.put(d.id(), d);
    }
    return out;
  }

  private static Map<DocumentId, List<Claim>> claims(String name, Map<DocumentId, Document> docs) {
    Map<DocumentId, List<Claim>> out = new LinkedHashMap<>();
    ClaimReader reader = new ClaimReader();
    int number = 0;
    for (String line : lines(name + "/claims.jsonl")) {
      number++;
      Claim c =
          switch (reader.read(line, name + "/claims.jsonl:" + number)) {
            case ReadResult.Parsed p -> p.claim();
            case ReadResult.Invalid i ->
                throw new IllegalStateException(i.where() + ": " + i.problem());
          };
      out.computeIfAbsent(c.doc(), d -> new ArrayList<>()).add(located(c, docs.get(c.doc())));
    }
    return out;
  }

  private static Claim located(Claim c, Document d) {
    String text = c.provenance().evidence().text();
    if (d == null || text == null || !c.provenance().evidence().spans().isEmpty()) {
      return c;
    }
    int at = d.text().indexOf(text);
    if (at < 0) {
      throw new IllegalStateException("evidence not in " + d.id() + ": " + text);
    }
    Evidence e = new Evidence(d.id(), List.of(new Span(at, at + text.length())), text);
    return c.withProvenance(c.provenance().withEvidence(e));
  }

  private static List<String> lines(String resource) {
    try (InputStream in = LedgerFixtures.class.getResourceAsStream("ledgers/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("no fixture resource ledgers/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
