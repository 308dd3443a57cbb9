package org.parley.ledger.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.parley.contract.ClaimReader;
import org.parley.contract.ReadResult;
import org.parley.ledger.EntryId;
import org.parley.ledger.ExtractionId;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerException;
import org.parley.ledger.RunIdentity;

/**
 * Maps a row of {@link #COLUMNS} to a {@link LedgerEntry}, reading the claim back from its stored
 * contract line. Stateless and thread-safe.
 */
final class EntryMapper implements RowMapper<LedgerEntry> {
  /**
   * The columns, with the supersession instant as a scalar subquery: SQLite would build a Bloom
   * filter over the whole supersession table for a LEFT JOIN on every query.
   */
  static final String COLUMNS =
      "SELECT c.claim_id, c.extraction_id, c.json, c.recorded_us, c.outlet, e.extractor, e.kb,"
          + " (SELECT s.recorded_us FROM supersession s WHERE s.superseded_id = c.extraction_id"
          + " AND s.recorded_us <= :asOf) AS superseded_us";

  /** The condition that a claim row was not superseded as of {@code :asOf}. */
  static final String NOT_SUPERSEDED =
      "NOT EXISTS (SELECT 1 FROM supersession s WHERE s.superseded_id = c.extraction_id"
          + " AND s.recorded_us <= :asOf)";

  private static final ClaimReader READER = new ClaimReader();
  private final String store;

  EntryMapper(String store) {
    this.store = store;
  }

  @Override
  public LedgerEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
    long id = rs.getLong("claim_id");
    var claim =
        switch (READER.read(rs.getString("json"), "entry " + id)) {
          case ReadResult.Parsed p -> p.claim();
          case ReadResult.Invalid i ->
              throw new LedgerException(store, "reading entry " + id, i.problem());
        };
    long superseded = rs.getLong("superseded_us");
    boolean isSuperseded = !rs.wasNull();
    return new LedgerEntry(
        new EntryId(id),
        new ExtractionId(rs.getLong("extraction_id")),
        claim,
        new RunIdentity(rs.getString("extractor"), rs.getString("kb")),
        Micros.toInstant(rs.getLong("recorded_us")),
        isSuperseded ? Micros.toInstant(superseded) : null,
        rs.getString("outlet"));
  }
}
