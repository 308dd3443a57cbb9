package org.parley.cli.serve;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.territory.BoundaryLoader;
import org.parley.analysis.territory.MapCatalog;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import org.parley.ledger.search.LuceneSearchIndex;
import org.parley.server.ServerSettings;
import picocli.CommandLine.Option;

/**
 * The options {@code serve} and {@code mcp} share (a picocli mixin): the ledger, the control maps,
 * extra knowledge-base files and the search index's folder. Not thread-safe; one per run.
 */
public final class ServerOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "The ledger: a SQLite file, or postgresql://user:pass@host:port/db. Default: $PARLEY_DB,"
              + " else $PARLEY_HOME/ledger.db, else ~/.parley/ledger.db.")
  @Nullable String db;

  @Option(
      names = "--map",
      paramLabel = "DIR",
      description =
          "a folder of dated control maps (GeoJSON, DeepStateMap or ISW) for the map view,"
              + " check-control and evaluate; without it, shading comes from control claims")
  @Nullable Path map;

  @Option(
      names = "--tolerance-days",
      paramLabel = "N",
      defaultValue = "7",
      description = "how many days a map may precede the day asked for (default: ${DEFAULT-VALUE})")
  int toleranceDays;

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description = "a knowledge-base file that adds or overrides names (repeatable; later wins)")
  List<Path> kbFiles = new ArrayList<>();

  @Option(names = "--index", paramLabel = "DIR", description = "the search index's folder")
  @Nullable Path index;

  /** The ledger location named. */
  public LedgerLocation location() {
    return db == null ? LedgerLocation.defaultLocation(System.getenv()) : LedgerLocation.parse(db);
  }

  /**
   * Opens an existing ledger, as the reading commands do.
   *
   * @throws IllegalArgumentException when the SQLite file named (or the default one) does not exist
   */
  public ClaimLedger open() {
    LedgerLocation where = location();
    if (where instanceof LedgerLocation.Sqlite sqlite && !Files.isRegularFile(sqlite.file())) {
      throw new IllegalArgumentException(
          (db == null
                      ? "no ledger at %s (the default; --db names another)"
                      : "--db %s: no such file")
                  .formatted(sqlite.file())
              + "; parley ingest SOURCE or parley import FILE creates a ledger");
    }
    return JdbiClaimLedger.open(where);
  }

  /** Read-only settings over {@code ledger}, with the maps and knowledge base named. */
  public ServerSettings settings(ClaimLedger ledger, PrintStream log) {
    if (toleranceDays < 0) {
      throw new IllegalArgumentException("--tolerance-days must be ≥ 0: " + toleranceDays);
    }
    KnowledgeBase kb =
        kbFiles.isEmpty() ? KnowledgeBase.loadDefault() : KnowledgeBase.load(kbFiles);
    Path folder =
        index != null ? index : LuceneSearchIndex.defaultFolder(location(), System.getenv());
    return ServerSettings.readOnly(ledger, kb, folder, log).withMaps(maps(kb), toleranceDays);
  }

  private @Nullable MeasuredMaps maps(KnowledgeBase kb) {
    if (map == null) {
      return null;
    }
    if (!Files.isDirectory(map)) {
      throw new IllegalArgumentException("--map: not a folder of dated maps: " + map);
    }
    return new MeasuredMaps(MapCatalog.of(map, null), new BoundaryLoader(kb).loadBundled());
  }
}
