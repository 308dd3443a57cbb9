package org.parley.server.ingest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.settlement.EvaluationJson;
import org.parley.analysis.settlement.KbPopulation;
import org.parley.analysis.settlement.Proposal;
import org.parley.analysis.settlement.ProposalReader;
import org.parley.analysis.settlement.SettlementEvaluator;
import org.parley.analysis.territory.MapEntry;
import org.parley.analysis.territory.MapLookup;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.kb.KnowledgeBase;
import org.parley.server.http.ApiProblem;
import org.parley.server.http.Bodies;
import org.parley.server.http.Json;
import org.parley.server.http.Params;

/**
 * {@code POST /api/v1/evaluate}: what a settlement proposal (YAML or JSON, the format of {@code
 * parley evaluate}) would move, measured on the server's control maps on the proposal's reference
 * day ({@code date} overrides it; the newest map without either). A proposal may not name a map
 * file: the server measures only on the maps it was started with. Reads no ledger. Thread-safe.
 */
public final class EvaluateRoutes {
  private static final Set<String> TYPES =
      Set.of("application/yaml", "application/x-yaml", "text/yaml", "application/json");

  private final @Nullable MeasuredMaps maps;
  private final int toleranceDays;
  private final KnowledgeBase kb;
  private final long maxBody;

  public EvaluateRoutes(
      @Nullable MeasuredMaps maps, int toleranceDays, KnowledgeBase kb, long maxBody) {
    this.maps = maps;
    this.toleranceDays = toleranceDays;
    this.kb = kb;
    this.maxBody = maxBody;
  }

  public void register(RoutesConfig routes) {
    routes.post("/api/v1/evaluate", this::evaluate);
  }

  private void evaluate(Context ctx) {
    Params p = Params.of(ctx, "date");
    LocalDate date = p.parsed("date", LocalDate::parse);
    String text = Bodies.text(ctx, TYPES, Math.min(maxBody, 1 << 20));
    Proposal proposal = new ProposalReader().read(text, "proposal");
    if (proposal.map() != null) {
      throw new ApiProblem(
          400,
          "bad-body",
          "Bad body",
          "a posted proposal may not name a map file ('map:'); the server measures on its --map",
          null);
    }
    if (maps == null) {
      throw new ApiProblem(
          409,
          "no-maps",
          "No control maps",
          "this server was started without --map DIR, so there is no line of control to measure",
          null);
    }
    LocalDate reference = date != null ? date : proposal.reference();
    var table = maps.table(pick(maps, reference));
    var evaluation = new SettlementEvaluator(kb).evaluate(proposal, table, new KbPopulation(kb));
    Json.send(ctx, EvaluationJson.tree(evaluation));
  }

  private MapEntry pick(MeasuredMaps m, @Nullable LocalDate reference) {
    if (reference == null) {
      return m.catalog().latest();
    }
    return switch (m.catalog().lookup(reference, reference, toleranceDays)) {
      case MapLookup.Found f -> f.entry();
      case MapLookup.Missing missing ->
          throw ApiProblem.badParameter("date", "reference " + reference + ": " + missing.reason());
    };
  }
}
