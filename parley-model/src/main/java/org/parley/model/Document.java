package org.parley.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article or readout as Parley read it. {@code text} is the text exactly as read, the string
 * every evidence span points into; {@code body} is the part of it that is prose (a header line of
 * metadata lies outside it, and no claim is taken from outside it). {@code contentHash} is the
 * SHA-256 of {@code text} in lower-case hex.
 */
public record Document(
    DocumentId id,
    @Nullable LocalDate date,
    @Nullable String outlet,
    @Nullable String url,
    @Nullable String title,
    String text,
    Span body,
    String contentHash) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    if (body.end() > text.length()) {
      throw new IllegalArgumentException(
          "document %s: body %s runs past its %d characters".formatted(id, body, text.length()));
    }
    if (!contentHash.equals(sha256(text))) {
      throw new IllegalArgumentException(
          "document %s: content hash does not match its text".formatted(id));
    }
  }

  /** A document whose whole text is prose. */
  public static Document of(
      DocumentId id,
      @Nullable LocalDate date,
      @Nullable String outlet,
      @Nullable String url,
      @Nullable String title,
      String text) {
    return new Document(
        id, date, outlet, url, title, text, new Span(0, text.length()), sha256(text));
  }

  /** A copy whose prose is only {@code body}. */
  public Document withBody(Span newBody) {
    return new Document(id, date, outlet, url, title, text, newBody, contentHash);
  }

  /** The prose part of the text. */
  public String bodyText() {
    return body.of(text);
  }

  /** SHA-256 of the UTF-8 bytes of {@code text}, lower-case hex. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
