package org.parley.cli.ledger;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerLocation;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.RecordedInstant;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import picocli.CommandLine.Option;

/** The {@code --db} and {@code --as-of} options of every ledger command (a picocli mixin). */
public final class LedgerOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "The ledger: a SQLite file, or postgresql://user:pass@host:port/db, or a"
              + " jdbc:postgresql: URL. Default: $PARLEY_DB, else $PARLEY_HOME/ledger.db, else"
              + " ~/.parley/ledger.db.")
  @Nullable String db;

  @Option(
      names = "--as-of",
      paramLabel = "TIMESTAMP",
      description =
          "Read the ledger as it stood at this recorded instant: 2025-11-25T16:43:37.123456Z,"
              + " 2025-11-25T16:43 (UTC), or 2025-11-25 (the end of that day, UTC). Default: its"
              + " latest recorded instant, which the output names so the answer can be"
              + " reproduced.")
  @Nullable String asOf;

  /** The ledger location the options name. */
  public LedgerLocation location() {
    return db == null ? LedgerLocation.defaultLocation(System.getenv()) : LedgerLocation.parse(db);
  }

  /**
   * Opens an existing ledger (migrating its schema), for commands that read it.
   *
   * @throws IllegalArgumentException when the SQLite file named (or the default one) does not
   *     exist: reading commands never create a ledger
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

  /** Opens the ledger, creating it (and its folder) when missing: for ingest and import. */
  public ClaimLedger openOrCreate() {
    return JdbiClaimLedger.open(location());
  }

  /** The snapshot {@code --as-of} asks for, or the latest. */
  public LedgerSnapshot snapshot(ClaimLedger ledger) {
    return asOf == null ? ledger.latest() : ledger.asOf(parseInstant(asOf));
  }

  /** The environment, for defaults that read it. */
  public Map<String, String> environment() {
    return System.getenv();
  }

  /**
   * Reads an instant: ISO-8601 with an offset, a date-time in UTC, or a date (its last microsecond,
   * UTC).
   *
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  public static Instant parseInstant(String text) {
    return RecordedInstant.parse("--as-of", text);
  }
}
