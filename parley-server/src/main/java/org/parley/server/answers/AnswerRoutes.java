package org.parley.server.answers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.parley.analysis.contradiction.DisputeFinder;
import org.parley.analysis.contradiction.DisputeTolerance;
import org.parley.analysis.contradiction.Period;
import org.parley.analysis.gap.GapFinder;
import org.parley.analysis.position.PartyResolver;
import org.parley.analysis.position.PositionFinder;
import org.parley.analysis.report.AnalysisJson;
import org.parley.analysis.report.Names;
import org.parley.analysis.shift.ShiftFinder;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ActorId;
import org.parley.server.http.AnswerCache;
import org.parley.server.http.ApiProblem;
import org.parley.server.http.Endpoint;
import org.parley.server.http.Params;
import org.parley.server.http.Snapshots;

/**
 * {@code GET /api/v1/positions}, {@code /shifts}, {@code /disputes} and {@code /gap}: the answers
 * of {@code parley positions|shifts|disputes|gap --json}, the same JSON trees, read as of {@code
 * as_of}. A party is an actor id or a name the knowledge base knows. Thread-safe.
 */
public final class AnswerRoutes {
  public static final List<String> POSITIONS = List.of("party", "valid_at", "citations");
  public static final List<String> SHIFTS = List.of("party", "since", "stale_months", "citations");
  public static final List<String> DISPUTES =
      List.of("tolerance", "area_tolerance", "period", "valid_at", "citations");
  public static final List<String> GAP = List.of("first", "second", "valid_at", "citations");

  /** How many shifts an answer lists unless {@code limit} says otherwise. */
  private static final int DEFAULT_SHIFTS = 200;

  private final ClaimLedger ledger;
  private final PartyResolver parties;
  private final AnalysisJson json;
  private final AnswerCache cache;

  public AnswerRoutes(ClaimLedger ledger, KnowledgeBase kb, AnswerCache cache) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.cache = Objects.requireNonNull(cache, "cache");
    this.parties = new PartyResolver(kb);
    this.json = new AnalysisJson(new Names(kb));
  }

  /** Registers the routes; the analyses answer on {@code executor}. */
  public void register(RoutesConfig routes, Executor executor) {
    routes.get("/api/v1/positions", ((Endpoint) this::positions).asyncHandler(POSITIONS, executor));
    routes.get("/api/v1/shifts", ((Endpoint) this::shifts).asyncHandler(SHIFTS, executor));
    routes.get("/api/v1/disputes", ((Endpoint) this::disputes).asyncHandler(DISPUTES, executor));
    routes.get("/api/v1/gap", ((Endpoint) this::gap).asyncHandler(GAP, executor));
  }

  /** The party a parameter names: an actor id or a name; unknown is a 400 naming it. */
  public ActorId party(Params p, String name) {
    return Params.parse(name, p.required(name), parties::resolve);
  }

  /** The positions of {@code party} ({@link #POSITIONS}). */
  public ObjectNode positions(Params p) {
    ActorId party = party(p, "party");
    LocalDate validAt = p.lastDay("valid_at");
    LedgerSnapshot s = Snapshots.read(ledger, p);
    return cache.get(
        key("positions", s, cite(p), party, validAt),
        () -> bounded(p, json.positionsNode(new PositionFinder().find(s, party, validAt))));
  }

  /** The shifts of {@code party} ({@link #SHIFTS}). */
  public ObjectNode shifts(Params p) {
    ActorId party = party(p, "party");
    LocalDate since = p.firstDay("since");
    int stale = p.integer("stale_months", ShiftFinder.DEFAULT_STALE_MONTHS, 1, 1200);
    LedgerSnapshot s = Snapshots.read(ledger, p);
    int limit = p.integer("limit", DEFAULT_SHIFTS, 1, Citations.MAX);
    return cache.get(
        key("shifts", s, cite(p), party, since, stale, limit),
        () ->
            Citations.first(
                bounded(p, json.shiftsTree(new ShiftFinder().find(s, party, since, stale))),
                "shifts",
                limit));
  }

  /** The disputes ({@link #DISPUTES}). */
  public ObjectNode disputes(Params p) {
    DisputeTolerance d = DisputeTolerance.DEFAULT;
    DisputeTolerance t =
        new DisputeTolerance(
            p.number("tolerance", d.sharePoints(), 0, 100),
            p.number("area_tolerance", d.areaPercent(), 0, 1000),
            p.text("period") == null ? d.period() : p.parsed("period", Period::fromCode));
    LocalDate validAt = p.lastDay("valid_at");
    LedgerSnapshot s = Snapshots.read(ledger, p);
    return cache.get(
        key("disputes", s, cite(p), t, validAt),
        () -> bounded(p, AnalysisJson.disputesNode(new DisputeFinder().find(s, t, validAt))));
  }

  /** The gap between {@code first} and {@code second} ({@link #GAP}). */
  public ObjectNode gap(Params p) {
    ActorId a = party(p, "first");
    ActorId b = party(p, "second");
    if (a.equals(b)) {
      throw ApiProblem.badParameter("second", "'first' and 'second' are both " + a);
    }
    LocalDate validAt = p.lastDay("valid_at");
    LedgerSnapshot s = Snapshots.read(ledger, p);
    PositionFinder finder = new PositionFinder();
    return cache.get(
        key("gap", s, cite(p), a, b, validAt),
        () ->
            bounded(
                p,
                json.gapNode(
                    new GapFinder().find(finder.find(s, a, validAt), finder.find(s, b, validAt)))));
  }

  /** How many cited claims each list keeps: {@code citations}, default 10. */
  private static int cite(Params p) {
    return p.integer("citations", Citations.DEFAULT, 0, Citations.MAX);
  }

  private static ObjectNode bounded(Params p, ObjectNode tree) {
    return Citations.bound(tree, cite(p));
  }

  private static String key(String answer, LedgerSnapshot s, Object... params) {
    return answer + "|" + s.asOf() + "|" + java.util.Arrays.toString(params);
  }
}
