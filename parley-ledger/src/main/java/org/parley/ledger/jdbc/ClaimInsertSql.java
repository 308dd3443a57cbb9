package org.parley.ledger.jdbc;

import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;
import org.parley.model.DocumentId;

/** The insert statements of a claim and its side rows, and the binding of a claim row. */
final class ClaimInsertSql {
  static final String CLAIM =
      """
      INSERT INTO claim (claim_id, extraction_id, ordinal, doc_id, kind, holder, agent,
        provision_type, polarity, status, valid_from, valid_to, valid_precision, reported, outlet,
        confidence, recorded_us, json)
      VALUES (:id, :extraction, :ordinal, :doc, :kind, :holder, :agent, :type, :polarity, :status,
        :validFrom, :validTo, :precision, :reported, :outlet, :confidence, :at, :json)
      """;
  static final String PARTY =
      "INSERT INTO claim_party (actor, claim_id, valid_from, role) VALUES (:actor, :id, :from, :role)";
  static final String REGION =
      "INSERT INTO claim_region (region, claim_id, valid_from) VALUES (:region, :id, :from)";
  static final String PARTY_TYPE =
      "INSERT INTO claim_party_type (actor, provision_type, claim_id, valid_from)"
          + " VALUES (:actor, :type, :id, :from)";
  static final String REGION_PARTY =
      "INSERT INTO claim_region_party (region, actor, claim_id, valid_from)"
          + " VALUES (:region, :actor, :id, :from)";

  private ClaimInsertSql() {}

  static void bindClaim(
      PreparedBatch batch,
      ClaimRow row,
      long claimId,
      long extractionId,
      int ordinal,
      DocumentId doc,
      @Nullable String outlet,
      long now) {
    batch
        .bind("id", claimId)
        .bind("extraction", extractionId)
        .bind("ordinal", ordinal)
        .bind("doc", doc.value())
        .bind("kind", row.kind())
        .bind("holder", row.holder())
        .bind("agent", row.agent())
        .bind("type", row.provisionType())
        .bind("polarity", row.polarity())
        .bind("status", row.status())
        .bind("validFrom", row.validFrom())
        .bind("validTo", row.validTo())
        .bind("precision", row.validPrecision())
        .bind("reported", row.reported())
        .bind("outlet", outlet)
        .bind("confidence", row.confidence())
        .bind("at", now)
        .bind("json", row.json())
        .add();
  }
}
