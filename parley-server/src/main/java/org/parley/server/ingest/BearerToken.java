package org.parley.server.ingest;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.parley.server.http.ApiProblem;

/**
 * The token that allows writes. A request proves it holds it with {@code Authorization: Bearer
 * TOKEN}; the comparison hashes both sides and compares the digests with {@link
 * MessageDigest#isEqual}, whose time does not depend on where they differ, nor (hashed) on the
 * token's length. Without a token the server is read-only. Immutable and thread-safe.
 */
public final class BearerToken {
  private final byte @Nullable [] digest;

  public BearerToken(@Nullable String token) {
    this.digest = token == null ? null : sha256(token);
  }

  /** A fresh random token: 32 bytes from {@link SecureRandom}, in hex. */
  public static String generate() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /**
   * Lets the request through when it carries the token.
   *
   * @throws ApiProblem 403 on a read-only server, 401 (with {@code WWW-Authenticate}) otherwise
   */
  public void require(Context ctx) {
    if (digest == null) {
      throw new ApiProblem(
          403,
          "read-only",
          "Read-only server",
          "this server was started without a write token (PARLEY_TOKEN or --token)",
          null);
    }
    String header = ctx.header("Authorization");
    String given =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : "";
    if (!MessageDigest.isEqual(digest, sha256(given))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"parley\"");
      throw new ApiProblem(
          401, "unauthorized", "Unauthorized", "writes need 'Authorization: Bearer TOKEN'", null);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
