package org.parley.server.claims;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.parley.server.http.ApiProblem;

/**
 * Where the next page of a paged answer starts: the recorded instant the first page was read as of
 * (so that every page reads the same snapshot, however much is appended meanwhile) and how many
 * items came before. Sent as an opaque URL-safe token.
 */
public record Cursor(Instant asOf, int offset) {
  /** How deep a listing may be paged (deeper: narrow the filters or use the export). */
  public static final int MAX_OFFSET = 1_000_000;

  public Cursor {
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("cursor offset out of range: " + offset);
    }
  }

  /** Reads a token this server wrote; anything else is a 400 for {@code cursor}. */
  public static Cursor parse(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int bar = text.indexOf('|');
      return new Cursor(
          Instant.parse(text.substring(0, bar)), Integer.parseInt(text.substring(bar + 1)));
    } catch (RuntimeException e) {
      throw ApiProblem.badParameter("cursor", "not a cursor this server gave: '" + token + "'");
    }
  }

  /** The opaque token. */
  public String token() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((asOf + "|" + offset).getBytes(StandardCharsets.UTF_8));
  }
}
