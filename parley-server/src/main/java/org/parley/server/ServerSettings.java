package org.parley.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;

/**
 * What a server reads from and how it guards itself: the ledger (which the caller owns and closes),
 * the knowledge base that names parties and regions, the control maps given with {@code --map}
 * ({@code null}: none), the folder of the search index, the bearer token that allows writes ({@code
 * null}: read-only), the largest request body in bytes, the origins allowed by CORS (empty: CORS
 * off) and where the one-line request log goes.
 */
public record ServerSettings(
    ClaimLedger ledger,
    KnowledgeBase kb,
    @Nullable MeasuredMaps maps,
    int mapToleranceDays,
    Path searchFolder,
    @Nullable String token,
    long maxBodyBytes,
    java.util.List<String> corsOrigins,
    PrintStream log) {

  /** The default limit on a request body: 16 MiB. */
  public static final long DEFAULT_MAX_BODY = 16L << 20;

  public ServerSettings {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(kb, "kb");
    Objects.requireNonNull(searchFolder, "searchFolder");
    Objects.requireNonNull(log, "log");
    corsOrigins = java.util.List.copyOf(corsOrigins);
    if (token != null && token.length() < 16) {
      throw new IllegalArgumentException("a write token needs at least 16 characters");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be at least 1 byte: " + maxBodyBytes);
    }
    if (mapToleranceDays < 0) {
      throw new IllegalArgumentException("map tolerance must be ≥ 0 days: " + mapToleranceDays);
    }
  }

  /** Read-only settings with no maps, default limits and CORS off, logging to {@code log}. */
  public static ServerSettings readOnly(
      ClaimLedger ledger, KnowledgeBase kb, Path searchFolder, PrintStream log) {
    return new ServerSettings(
        ledger, kb, null, 7, searchFolder, null, DEFAULT_MAX_BODY, java.util.List.of(), log);
  }

  public ServerSettings withMaps(@Nullable MeasuredMaps m, int toleranceDays) {
    return new ServerSettings(
        ledger, kb, m, toleranceDays, searchFolder, token, maxBodyBytes, corsOrigins, log);
  }

  public ServerSettings withToken(@Nullable String t) {
    return new ServerSettings(
        ledger, kb, maps, mapToleranceDays, searchFolder, t, maxBodyBytes, corsOrigins, log);
  }

  public ServerSettings withMaxBodyBytes(long max) {
    return new ServerSettings(
        ledger, kb, maps, mapToleranceDays, searchFolder, token, max, corsOrigins, log);
  }

  public ServerSettings withCorsOrigins(java.util.List<String> origins) {
    return new ServerSettings(
        ledger, kb, maps, mapToleranceDays, searchFolder, token, maxBodyBytes, origins, log);
  }
}
