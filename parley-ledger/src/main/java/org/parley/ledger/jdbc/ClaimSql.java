package org.parley.ledger.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.ledger.ClaimQuery;
import org.parley.model.ClaimKind;

/**
 * Turns a {@link ClaimQuery} into one SELECT over the claims visible as of an instant. The most
 * selective side table drives the query (party, then region, else the claim table), so that each
 * filter with an index ordered by valid time answers a "newest first, limit N" query by walking one
 * index. Values are always bound, never spliced into the SQL.
 */
record ClaimSql(String sql, Map<String, Object> bindings) {
  /** How the rows are ordered and cut. */
  enum Order {
    /** Newest valid time first, then latest recorded, with the query's limit. */
    NEWEST_FIRST,
    /** Recording order (ascending entry id), without a limit. */
    RECORDING,
    /** No rows: how many match. */
    COUNT
  }

  /**
   * The table whose index, ordered by valid time, the query walks: the claim table when a document
   * is given; the party-and-type pairs for a party's positions of one type; the claim table for a
   * provision type (many values, each rare) alone; the region-and-party pairs when both are given;
   * else the region table, else the party table (few parties hold most claims), else the claim
   * table.
   */
  enum Driver {
    CLAIM,
    PARTY_TYPE,
    REGION_PARTY,
    REGION,
    PARTY;

    static Driver of(ClaimQuery q) {
      if (q.doc() != null) {
        return CLAIM;
      }
      if (q.provisionType() != null) {
        return q.party() != null ? PARTY_TYPE : CLAIM;
      }
      if (q.region() != null && q.party() != null) {
        return REGION_PARTY;
      }
      if (q.region() != null) {
        return REGION;
      }
      return q.party() != null ? PARTY : CLAIM;
    }
  }

  /** Valid-time spans are at most a year long (a year's precision): this bounds index scans. */
  private static final int LONGEST_SPAN_DAYS = 366;

  static ClaimSql of(ClaimQuery q, long asOfMicros, Order order) {
    Map<String, Object> b = new LinkedHashMap<>();
    List<String> where = new ArrayList<>();
    b.put("asOf", asOfMicros);
    Driver d = Driver.of(q);
    String v = d == Driver.CLAIM ? "c" : "v";
    sideFilters(q, d, where, b);
    filters(q, v, where, b);
    where.add("c.recorded_us <= :asOf");
    if (!q.includeSuperseded()) {
      where.add(EntryMapper.NOT_SUPERSEDED);
    }
    return new ClaimSql(select(q, order, d, v, where, b), b);
  }

  private static String fromClause(Driver d) {
    return switch (d) {
      case PARTY -> "claim_party v JOIN claim c ON c.claim_id = v.claim_id";
      case REGION_PARTY -> "claim_region_party v JOIN claim c ON c.claim_id = v.claim_id";
      case PARTY_TYPE -> "claim_party_type v JOIN claim c ON c.claim_id = v.claim_id";
      case REGION -> "claim_region v JOIN claim c ON c.claim_id = v.claim_id";
      case CLAIM -> "claim c";
    };
  }

  /** The party and region filters: on the driving side table when it holds them, else EXISTS. */
  private static void sideFilters(
      ClaimQuery q, Driver d, List<String> where, Map<String, Object> b) {
    if (q.party() != null) {
      where.add(
          d == Driver.PARTY || d == Driver.REGION_PARTY || d == Driver.PARTY_TYPE
              ? "v.actor = :party"
              : "EXISTS (SELECT 1 FROM claim_party p WHERE p.actor = :party"
                  + " AND p.claim_id = c.claim_id)");
      b.put("party", q.party().value());
    }
    if (q.region() != null) {
      where.add(
          d == Driver.REGION || d == Driver.REGION_PARTY
              ? "v.region = :region"
              : "EXISTS (SELECT 1 FROM claim_region r WHERE r.region = :region"
                  + " AND r.claim_id = c.claim_id)");
      b.put("region", q.region().value());
    }
    if (d == Driver.PARTY_TYPE) {
      // the pair table's index is (actor, provision_type, valid_from): fix both to walk it in order
      where.add("v.provision_type = :type");
    }
  }

  private static String select(
      ClaimQuery q, Order order, Driver d, String v, List<String> where, Map<String, Object> b) {
    StringBuilder sql =
        new StringBuilder(order == Order.COUNT ? "SELECT COUNT(*)" : EntryMapper.COLUMNS);
    sql.append(" FROM ").append(fromClause(d));
    sql.append(" JOIN extraction e ON e.extraction_id = c.extraction_id");
    sql.append(" WHERE ").append(String.join(" AND ", where));
    if (order == Order.NEWEST_FIRST) {
      sql.append(" ORDER BY ").append(v).append(".valid_from DESC, ").append(v);
      sql.append(".claim_id DESC LIMIT :limit");
      b.put("limit", q.limit());
    } else if (order == Order.RECORDING) {
      sql.append(" ORDER BY c.claim_id");
    }
    return sql.toString();
  }

  private static void filters(ClaimQuery q, String v, List<String> where, Map<String, Object> b) {
    kinds(q, where, b);
    equal(
        where,
        b,
        "c.provision_type",
        "type",
        q.provisionType() == null ? null : q.provisionType().code());
    equal(where, b, "c.status", "status", q.status() == null ? null : q.status().code());
    equal(where, b, "c.doc_id", "doc", q.doc() == null ? null : q.doc().value());
    equal(where, b, "c.outlet", "outlet", q.outlet());
    timeFilters(q, v, where, b);
  }

  private static void kinds(ClaimQuery q, List<String> where, Map<String, Object> b) {
    if (!q.kinds().isEmpty()) {
      List<String> names = new ArrayList<>();
      int i = 0;
      for (ClaimKind k : q.kinds().stream().sorted().toList()) {
        names.add(":kind" + i);
        b.put("kind" + i++, k.code());
      }
      where.add("c.kind IN (" + String.join(", ", names) + ")");
    }
  }

  private static void timeFilters(
      ClaimQuery q, String v, List<String> where, Map<String, Object> b) {
    if (q.validFrom() != null) {
      long from = q.validFrom().toEpochDay();
      where.add("c.valid_to >= :validFrom AND " + v + ".valid_from >= :scanFrom");
      b.put("validFrom", from);
      b.put("scanFrom", from - LONGEST_SPAN_DAYS);
    }
    if (q.recordedAfter() != null) {
      // extraction ids grow with recorded instants (both allocated under the writer lock)
      where.add(
          "c.recorded_us > :recordedAfter AND c.extraction_id > (SELECT"
              + " COALESCE(MAX(x.extraction_id), 0) FROM extraction x WHERE x.recorded_us <= :recordedAfter)");
      b.put("recordedAfter", Micros.of(q.recordedAfter()));
    }
    if (q.validTo() != null) {
      where.add(v + ".valid_from <= :validTo");
      b.put("validTo", q.validTo().toEpochDay());
    }
  }

  private static void equal(
      List<String> where, Map<String, Object> b, String column, String name, Object value) {
    if (value != null) {
      where.add(column + " = :" + name);
      b.put(name, value);
    }
  }
}
