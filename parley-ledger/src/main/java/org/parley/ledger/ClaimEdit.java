package org.parley.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.contract.ClaimReader;
import org.parley.contract.ClaimWriter;
import org.parley.contract.ReadResult;
import org.parley.model.Claim;

/**
 * A reviewer's correction of a claim as {@code field=value} settings on its {@code parley.claim/1}
 * record: {@code type=territory.freeze}, {@code polarity=against}, {@code regions=UA-14,UA-09},
 * {@code holder=UKR}, {@code status=disputed}, {@code valid_time=2025-08}, {@code share=0.75}, …
 * ({@code provision.type} and {@code measure.share} are spelled out the same). The corrected record
 * is read back by the contract's reader, so a correction can never store an invalid claim.
 * Stateless.
 */
public final class ClaimEdit {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> PATHS =
      Map.ofEntries(
          Map.entry("type", "provision.type"),
          Map.entry("polarity", "provision.polarity"),
          Map.entry("detail", "provision.detail"),
          Map.entry("beneficiary", "provision.beneficiary"),
          Map.entry("share", "measure.share"),
          Map.entry("area_km2", "measure.area_km2"),
          Map.entry("approx", "measure.approx"));
  private static final Set<String> TOP =
      Set.of(
          "kind",
          "holder",
          "agent",
          "addressee",
          "regions",
          "quote",
          "participants",
          "place",
          "valid_time",
          "status",
          "confidence");
  private static final Set<String> LISTS = Set.of("regions", "participants", "provision.regions");
  private static final Set<String> NUMBERS =
      Set.of("measure.share", "measure.area_km2", "confidence");

  private ClaimEdit() {}

  /**
   * {@code claim} with {@code settings} applied, in order; an empty value removes the field.
   *
   * @throws IllegalArgumentException naming a setting that is malformed, names no field, or makes
   *     the record invalid (and why)
   */
  public static Claim apply(Claim claim, List<String> settings) {
    ObjectNode record;
    try {
      record = (ObjectNode) JSON.readTree(new ClaimWriter().write(claim));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the contract writer wrote unreadable JSON", e);
    }
    for (String setting : settings) {
      set(record, setting);
    }
    return switch (new ClaimReader().read(record.toString(), "the corrected claim")) {
      case ReadResult.Parsed p -> p.claim();
      case ReadResult.Invalid i ->
          throw new IllegalArgumentException(
              "%s makes an invalid claim: %s".formatted(String.join(" ", settings), i.problem()));
    };
  }

  private static void set(ObjectNode record, String setting) {
    int eq = setting.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("'" + setting + "' is not field=value");
    }
    String field = setting.substring(0, eq).strip();
    String value = setting.substring(eq + 1).strip();
    String path = pathOf(record, field);
    ObjectNode parent = record;
    String name = path;
    int dot = path.indexOf('.');
    if (dot > 0) {
      JsonNode p = record.get(path.substring(0, dot));
      if (!(p instanceof ObjectNode o)) {
        throw new IllegalArgumentException(
            "'%s': a %s claim has no %s"
                .formatted(field, record.path("kind").asText(), path.substring(0, dot)));
      }
      parent = o;
      name = path.substring(dot + 1);
    }
    assign(parent, name, path, field, value);
  }

  /** The JSON path a review's field name sets, or an error naming the fields it may set. */
  private static String pathOf(ObjectNode record, String field) {
    String path =
        field.equals("regions") && record.has("provision")
            ? "provision.regions"
            : PATHS.getOrDefault(field, field);
    if (!TOP.contains(path) && !PATHS.containsValue(path) && !path.equals("provision.regions")) {
      throw new IllegalArgumentException(
          "'%s' is no field a review can set: %s".formatted(field, fieldNames()));
    }
    return path;
  }

  /** Sets, or with an empty value removes, one field: a list, a number or text by its path. */
  private static void assign(
      ObjectNode parent, String name, String path, String field, String value) {
    if (value.isEmpty()) {
      parent.remove(name);
    } else if (LISTS.contains(path)) {
      ArrayNode a = parent.putArray(name);
      for (String v : value.split(",")) {
        a.add(v.strip());
      }
    } else if (NUMBERS.contains(path)) {
      parent.put(name, number(field, value));
    } else {
      parent.put(name, value);
    }
  }

  private static double number(String field, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'%s=%s' is not a number".formatted(field, value), e);
    }
  }

  /** The fields a review can set, for messages and help. */
  public static String fieldNames() {
    return "kind, holder, agent, addressee, type, polarity, regions, detail, beneficiary, share,"
        + " area_km2, approx, quote, participants, place, valid_time, status, confidence";
  }
}
