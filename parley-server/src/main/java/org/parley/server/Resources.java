package org.parley.server;

import io.javalin.config.RoutesConfig;
import java.util.function.Supplier;
import org.parley.analysis.territory.BoundaryLoader;
import org.parley.analysis.territory.MapSides;
import org.parley.analysis.territory.RegionBoundaries;
import org.parley.extract.ClaimExtractor;
import org.parley.extract.ExtractionPipeline;
import org.parley.ledger.export.Boundaries;
import org.parley.ledger.search.LuceneSearchIndex;
import org.parley.server.answers.AnswerRoutes;
import org.parley.server.answers.SearchRoutes;
import org.parley.server.claims.ClaimRoutes;
import org.parley.server.claims.ExportRoutes;
import org.parley.server.documents.DocumentRoutes;
import org.parley.server.http.AnswerCache;
import org.parley.server.ingest.BearerToken;
import org.parley.server.ingest.EvaluateRoutes;
import org.parley.server.ingest.IngestRoutes;
import org.parley.server.mcp.ParleyTools;
import org.parley.server.territory.TerritoryRoutes;

/**
 * The server's resources, wired from its settings and search index: one object per resource, each
 * registering its routes; the MCP tools reuse them. Thread-safe once built.
 */
public final class Resources implements AutoCloseable {
  /** How many analysis answers are remembered (per recorded instant and parameters). */
  private static final int CACHED_ANSWERS = 1024;

  /** How many analyses may run at once: the ledger's pool holds 4 connections. */
  private static final int ANALYSES_AT_ONCE = 2;

  /** How many analysis requests are served at once (the rest queue; most are cache hits). */
  private static final int ANALYSIS_THREADS = 64;

  private final AnswerRoutes answers;
  private final SearchRoutes search;
  private final ClaimRoutes claims;
  private final DocumentRoutes documents;
  private final TerritoryRoutes territory;
  private final ExportRoutes export;
  private final EvaluateRoutes evaluate;
  private final IngestRoutes ingest;

  /**
   * Where analysis requests wait for their answers. Platform threads, not virtual ones: the
   * ledger's JDBC calls pin a virtual thread's carrier, and two carriers among a hundred request
   * threads get too little of the processor.
   */
  private final java.util.concurrent.ExecutorService analyses =
      java.util.concurrent.Executors.newFixedThreadPool(
          ANALYSIS_THREADS, Thread.ofPlatform().name("parley-analysis-", 0).daemon().factory());

  public Resources(ServerSettings s, LuceneSearchIndex index) {
    RegionBoundaries boundaries =
        s.maps() != null ? s.maps().boundaries() : new BoundaryLoader(s.kb()).loadBundled();
    AnswerCache cache = new AnswerCache(CACHED_ANSWERS, ANALYSES_AT_ONCE);
    this.answers = new AnswerRoutes(s.ledger(), s.kb(), cache);
    this.search = new SearchRoutes(s.ledger(), index);
    this.claims = new ClaimRoutes(s.ledger());
    this.documents = new DocumentRoutes(s.ledger());
    this.territory =
        new TerritoryRoutes(
            s.ledger(), boundaries, s.maps(), s.mapToleranceDays(), MapSides.of(s.kb()), cache);
    this.export =
        new ExportRoutes(
            s.ledger(), new BoundaryLoader(s.kb()).bundledForExport(Boundaries.SHAPE_ISO));
    this.evaluate = new EvaluateRoutes(s.maps(), s.mapToleranceDays(), s.kb(), s.maxBodyBytes());
    this.ingest =
        new IngestRoutes(s.ledger(), extractor(s), new BearerToken(s.token()), s.maxBodyBytes());
  }

  /** Registers every resource's routes. */
  public void register(RoutesConfig routes) {
    answers.register(routes, analyses);
    search.register(routes);
    claims.register(routes);
    documents.register(routes);
    territory.register(routes);
    export.register(routes);
    evaluate.register(routes);
    ingest.register(routes);
  }

  /** Stops the threads that wait for analyses. */
  @Override
  public void close() {
    analyses.shutdownNow();
  }

  /** The MCP tools over these resources. */
  public ParleyTools tools() {
    return new ParleyTools(answers, search, claims, territory, documents);
  }

  /** The extractor, loaded on the first ingest (its models take seconds and memory). */
  private static Supplier<ClaimExtractor> extractor(ServerSettings s) {
    return new Supplier<>() {
      private ClaimExtractor loaded;

      @Override
      public synchronized ClaimExtractor get() {
        if (loaded == null) {
          loaded = ExtractionPipeline.load(s.kb());
        }
        return loaded;
      }
    };
  }
}
