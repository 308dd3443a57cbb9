package org.parley.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Approx;
import org.parley.model.Attribution;
import org.parley.model.Claim;
import org.parley.model.ClaimKind;
import org.parley.model.Control;
import org.parley.model.Demand;
import org.parley.model.DocumentId;
import org.parley.model.Evidence;
import org.parley.model.Measure;
import org.parley.model.Meeting;
import org.parley.model.Offer;
import org.parley.model.PartialDate;
import org.parley.model.Polarity;
import org.parley.model.Provenance;
import org.parley.model.Provision;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.model.Rejection;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.Status;

/**
 * Reads {@code parley.claim/1} records. A record that breaks the contract (bad JSON, a missing
 * required field, an unknown kind, a malformed id) is reported as {@link ReadResult.Invalid}, never
 * thrown; {@code null} and an absent key mean the same; unknown keys are ignored. Thread-safe.
 */
public final class ClaimReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Reads one line; {@code where} names it in error messages ("gold.jsonl:12"). */
  public ReadResult read(String line, String where) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return new ReadResult.Invalid(where, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new ReadResult.Invalid(where, "not a JSON object");
    }
    try {
      return new ReadResult.Parsed(toClaim(node));
    } catch (IllegalArgumentException | NullPointerException e) {
      return new ReadResult.Invalid(where, e.getMessage());
    }
  }

  /** Reads every non-blank line of a JSONL file, in order. */
  public List<ReadResult> readFile(Path file) {
    List<ReadResult> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          out.add(read(line, file + ":" + number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read claims from " + file, e);
    }
    return out;
  }

  private static Claim toClaim(JsonNode n) {
    String schema = text(n, "schema");
    if (!ClaimWriter.SCHEMA.equals(schema)) {
      throw new IllegalArgumentException(
          "'schema' must be \"%s\", is %s".formatted(ClaimWriter.SCHEMA, n.get("schema")));
    }
    ClaimKind kind = ClaimKind.fromCode(required(n, "kind"));
    Provenance provenance = provenance(n);
    return switch (kind) {
      case DEMAND -> new Demand(provenance, holder(n), agent(n), addressee(n), provision(n));
      case OFFER -> new Offer(provenance, holder(n), agent(n), addressee(n), provision(n));
      case REJECTION -> new Rejection(provenance, holder(n), agent(n), addressee(n), provision(n));
      case CONTROL ->
          new Control(provenance, holder(n), agent(n), regions(n.get("regions")), measure(n));
      case STATEMENT ->
          new Statement(
              provenance, optional(n, "holder", ActorId::new), agent(n), required(n, "quote"));
      case MEETING -> new Meeting(provenance, participants(n), text(n, "place"));
    };
  }

  private static Provenance provenance(JsonNode n) {
    DocumentId doc = new DocumentId(required(n, "doc"));
    Evidence evidence = new Evidence(doc, spans(n.get("evidence")), text(n, "text"));
    JsonNode confidence = n.get("confidence");
    return new Provenance(
        evidence,
        optional(n, "valid_time", PartialDate::parse),
        optional(n, "reported", ClaimReader::date),
        optional(n, "status", Status::fromCode),
        attribution(n.get("attribution")),
        confidence == null || confidence.isNull() ? null : confidence.asDouble(),
        text(n, "rule"));
  }

  private static List<Span> spans(@Nullable JsonNode evidence) {
    List<Span> spans = new ArrayList<>();
    if (evidence == null || evidence.isNull()) {
      return spans;
    }
    if (!evidence.isArray()) {
      throw new IllegalArgumentException("'evidence' must be a list of {start, end}");
    }
    for (JsonNode e : evidence) {
      if (!e.path("start").isInt() || !e.path("end").isInt()) {
        throw new IllegalArgumentException("evidence entry lacks integer start/end: " + e);
      }
      spans.add(new Span(e.get("start").asInt(), e.get("end").asInt()));
    }
    return spans;
  }

  private static @Nullable Attribution attribution(@Nullable JsonNode a) {
    if (a == null || a.isNull()) {
      return null;
    }
    List<String> via = new ArrayList<>();
    a.path("via").forEach(v -> via.add(v.asText()));
    JsonNode named = a.get("named");
    return new Attribution(
        via, text(a, "source"), named == null || named.isNull() ? null : named.asBoolean());
  }

  private static Provision provision(JsonNode n) {
    JsonNode p = n.get("provision");
    if (p == null || p.isNull()) {
      throw new IllegalArgumentException("a %s needs a 'provision'".formatted(text(n, "kind")));
    }
    return new Provision(
        ProvisionType.fromCode(required(p, "type")),
        Polarity.fromCode(required(p, "polarity")),
        regions(p.get("regions")),
        optional(p, "beneficiary", ActorId::new),
        text(p, "detail"));
  }

  private static Measure measure(JsonNode n) {
    JsonNode m = n.get("measure");
    if (m == null || m.isNull()) {
      throw new IllegalArgumentException("a control needs a 'measure'");
    }
    JsonNode share = m.get("share");
    JsonNode area = m.get("area_km2");
    return new Measure(
        share == null || share.isNull() ? null : share.asDouble(),
        area == null || area.isNull() ? null : area.asDouble(),
        Approx.fromCode(required(m, "approx")));
  }

  private static List<RegionId> regions(@Nullable JsonNode list) {
    List<RegionId> out = new ArrayList<>();
    if (list != null && !list.isNull()) {
      list.forEach(r -> out.add(new RegionId(r.asText())));
    }
    return out;
  }

  private static List<ActorId> participants(JsonNode n) {
    List<ActorId> out = new ArrayList<>();
    n.path("participants").forEach(p -> out.add(new ActorId(p.asText())));
    return out;
  }

  private static ActorId holder(JsonNode n) {
    return new ActorId(required(n, "holder"));
  }

  private static @Nullable ActorId addressee(JsonNode n) {
    return optional(n, "addressee", ActorId::new);
  }

  private static @Nullable String agent(JsonNode n) {
    return text(n, "agent");
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'reported' is not YYYY-MM-DD: '" + text + "'", e);
    }
  }

  private static <T> @Nullable T optional(JsonNode n, String field, Function<String, T> parse) {
    String value = text(n, field);
    return value == null ? null : parse.apply(value);
  }

  private static String required(JsonNode n, String field) {
    String value = text(n, field);
    if (value == null) {
      throw new IllegalArgumentException("missing required field '" + field + "'");
    }
    return value;
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
