package org.parley.spark.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.parley.contract.DocumentJson;
import org.parley.contract.DocumentLine;
import org.parley.contract.batch.BatchLayout;
import org.parley.model.Document;
import org.parley.spark.extract.ExtractedRow;

/**
 * Rows of the Parquet copies, one per document and one per claim, with explicit schemas (snake_case
 * columns; the claim's own {@code parley.claim/1} line in {@code claim}, so no field is lost).
 * Claims are partitioned by the month of their {@code reported} date, documents by that of their
 * date. Stateless.
 */
final class ParquetRows {
  static final StructType CLAIMS =
      new StructType()
          .add("seq", DataTypes.LongType, false)
          .add("position", DataTypes.IntegerType, false)
          .add("doc", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("holder", DataTypes.StringType)
          .add("agent", DataTypes.StringType)
          .add("addressee", DataTypes.StringType)
          .add("provision_type", DataTypes.StringType)
          .add("polarity", DataTypes.StringType)
          .add("regions", strings(), false)
          .add("participants", strings(), false)
          .add("valid_time", DataTypes.StringType)
          .add("reported", DataTypes.DateType)
          .add("status", DataTypes.StringType)
          .add("confidence", DataTypes.DoubleType)
          .add("rule", DataTypes.StringType)
          .add("evidence_start", DataTypes.IntegerType)
          .add("evidence_end", DataTypes.IntegerType)
          .add("text", DataTypes.StringType)
          .add("claim", DataTypes.StringType, false)
          .add(BatchLayout.PARTITION, DataTypes.StringType, false);

  static final StructType DOCUMENTS =
      new StructType()
          .add("seq", DataTypes.LongType, false)
          .add("id", DataTypes.StringType, false)
          .add("date", DataTypes.DateType)
          .add("outlet", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("where", DataTypes.StringType, false)
          .add("chars", DataTypes.IntegerType, false)
          .add("body_start", DataTypes.IntegerType, false)
          .add("body_end", DataTypes.IntegerType, false)
          .add("content_hash", DataTypes.StringType, false)
          .add("claims", DataTypes.IntegerType, false)
          .add("failed", DataTypes.BooleanType, false)
          .add("text", DataTypes.StringType, false)
          .add(BatchLayout.PARTITION, DataTypes.StringType, false);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ParquetRows() {}

  /** The document's row. */
  static Row document(ExtractedRow r) {
    DocumentLine line = new DocumentJson().read(r.document());
    Document d = line.document();
    return RowFactory.create(
        r.seq(),
        d.id().value(),
        d.date() == null ? null : Date.valueOf(d.date()),
        d.outlet(),
        d.url(),
        d.title(),
        line.where(),
        d.text().length(),
        d.body().start(),
        d.body().end(),
        d.contentHash(),
        line.claims(),
        r.failed(),
        d.text(),
        r.month());
  }

  /** One row per claim of the document. */
  static List<Row> claims(ExtractedRow r) throws JsonProcessingException {
    List<Row> rows = new ArrayList<>(r.claims().size());
    for (int i = 0; i < r.claims().size(); i++) {
      rows.add(claim(r.seq(), i, r.claims().get(i)));
    }
    return rows;
  }

  private static Row claim(long seq, int position, String line) throws JsonProcessingException {
    JsonNode c = MAPPER.readTree(line);
    JsonNode provision = c.path("provision");
    JsonNode evidence = c.path("evidence").path(0);
    String reported = text(c, "reported");
    return RowFactory.create(
        seq,
        position,
        text(c, "doc"),
        text(c, "kind"),
        text(c, "holder"),
        text(c, "agent"),
        text(c, "addressee"),
        text(provision, "type"),
        text(provision, "polarity"),
        list(c.has("regions") ? c.get("regions") : provision.path("regions")),
        list(c.path("participants")),
        text(c, "valid_time"),
        reported == null ? null : Date.valueOf(LocalDate.parse(reported)),
        text(c, "status"),
        c.hasNonNull("confidence") ? c.get("confidence").asDouble() : null,
        text(c, "rule"),
        evidence.hasNonNull("start") ? evidence.get("start").asInt() : null,
        evidence.hasNonNull("end") ? evidence.get("end").asInt() : null,
        text(c, "text"),
        line,
        reported == null ? BatchLayout.UNKNOWN_MONTH : reported.substring(0, 7));
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String[] list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out.toArray(String[]::new);
  }

  private static DataType strings() {
    return DataTypes.createArrayType(DataTypes.StringType, false);
  }
}
