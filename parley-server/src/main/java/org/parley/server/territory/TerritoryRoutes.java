package org.parley.server.territory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DatedControl;
import org.parley.analysis.report.AnalysisJson;
import org.parley.analysis.territory.BoundaryLoader;
import org.parley.analysis.territory.MapSides;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.analysis.territory.RegionBoundaries;
import org.parley.analysis.territory.check.ControlCheck;
import org.parley.analysis.territory.check.ControlChecker;
import org.parley.analysis.territory.check.ControlJson;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerEntry;
import org.parley.model.ClaimKind;
import org.parley.model.Control;
import org.parley.server.claims.ClaimFilters;
import org.parley.server.claims.Page;
import org.parley.server.http.AnswerCache;
import org.parley.server.http.Endpoint;
import org.parley.server.http.Json;
import org.parley.server.http.Params;
import org.parley.server.http.Snapshots;

/**
 * {@code GET /api/v1/regions} (the bundled boundaries as GeoJSON), {@code GET /api/v1/control}
 * (Russian-controlled share per region on a day, and the days there are figures for) and {@code GET
 * /api/v1/check-control} (the ledger's control claims, newest first, each with its map check when
 * the server has maps). Thread-safe.
 */
public final class TerritoryRoutes {
  /** The parameters of the check: the claim filters but {@code kind}, and paging. */
  public static final List<String> CHECK =
      ClaimFilters.names("limit", "cursor").stream().filter(n -> !n.equals("kind")).toList();

  private final ClaimLedger ledger;
  private final @Nullable MeasuredMaps maps;
  private final int toleranceDays;
  private final byte[] regions;
  private final ControlShares shares;
  private final ControlChecker checker;
  private final AnswerCache cache;

  public TerritoryRoutes(
      ClaimLedger ledger,
      RegionBoundaries boundaries,
      @Nullable MeasuredMaps maps,
      int tolerance,
      MapSides sides,
      AnswerCache cache) {
    this.ledger = ledger;
    this.maps = maps;
    this.toleranceDays = tolerance;
    this.regions = bundledRegions();
    this.shares = new ControlShares(boundaries, maps, tolerance, sides);
    this.checker = new ControlChecker(sides);
    this.cache = cache;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/v1/regions", this::regions);
    routes.get("/api/v1/control", this::control);
    routes.get("/api/v1/control/dates", this::dates);
    routes.get("/api/v1/check-control", ((Endpoint) this::checkControl).handler(CHECK));
  }

  private void regions(Context ctx) {
    Params.of(ctx);
    ctx.contentType("application/geo+json").result(regions);
  }

  private void control(Context ctx) {
    Params p = Params.of(ctx, "date");
    LocalDate date = Params.parse("date", p.required("date"), LocalDate::parse);
    var s = Snapshots.read(ledger, p);
    Json.send(
        ctx, s.asOf(), cache.get("control|" + s.asOf() + "|" + date, () -> shares.on(date, s)));
  }

  private void dates(Context ctx) {
    Params p = Params.of(ctx);
    var s = Snapshots.read(ledger, p);
    ObjectNode body = Json.answer(s.asOf());
    body.put("source", maps == null ? "claims" : "map");
    ArrayNode list = body.putArray("dates");
    shares.dates(s).forEach(list::add);
    Json.send(ctx, s.asOf(), body);
  }

  /**
   * The control claims the filters select, newest first, one page, each with its map check ({@link
   * #CHECK}).
   */
  public ObjectNode checkControl(Params p) {
    int limit = p.integer("limit", ClaimQuery.DEFAULT_LIMIT, 1, 1000);
    Page page = Page.of(p, ledger);
    Page.Slice slice =
        page.claims(ClaimFilters.query(p).withKinds(Set.of(ClaimKind.CONTROL)), limit);
    List<LedgerEntry> shown = slice.entries();
    ObjectNode body = Json.answer(page.snapshot().asOf());
    body.put("maps", maps == null ? null : maps.catalog().span());
    body.put("tolerance_days", toleranceDays);
    ArrayNode checks = body.putArray("checks");
    List<ControlCheck> verdicts = check(shown);
    for (int i = 0; i < shown.size(); i++) {
      ObjectNode n = checks.addObject();
      n.set("claim", AnalysisJson.citation(DatedControl.of(shown.get(i)).citation()));
      n.set("check", verdicts.isEmpty() ? null : ControlJson.check(verdicts.get(i)));
    }
    page.finish(body, shown.size(), slice.hasMore());
    return body;
  }

  private List<ControlCheck> check(List<LedgerEntry> entries) {
    if (maps == null) {
      return List.of();
    }
    List<Control> controls = entries.stream().map(e -> (Control) e.claim()).toList();
    return checker.check(controls, maps, toleranceDays);
  }

  private static byte[] bundledRegions() {
    try (InputStream in = BoundaryLoader.class.getResourceAsStream(BoundaryLoader.BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled boundaries are missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled boundaries", e);
    }
  }
}
