package org.parley.server.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Reads request bodies within a limit: a body of another media type than the route accepts is a
 * 415, one longer than the limit a 413 (checked on the declared length and again while reading, so
 * a chunked body cannot slip past), and one that is not UTF-8 a 400. Stateless.
 */
public final class Bodies {
  private Bodies() {}

  /**
   * The body as UTF-8 text, when its media type is one of {@code accepted} and it has at most
   * {@code limit} bytes.
   *
   * @throws ApiProblem 415, 413 or 400 as above
   */
  public static String text(Context ctx, Set<String> accepted, long limit) {
    String type = mediaType(ctx.contentType());
    if (!accepted.contains(type)) {
      throw new ApiProblem(
          415,
          "unsupported-media-type",
          "Unsupported media type",
          "Content-Type '%s' is not accepted here; send one of %s"
              .formatted(type.isEmpty() ? "(none)" : type, new java.util.TreeSet<>(accepted)),
          null);
    }
    if (ctx.contentLength() > limit) {
      throw tooLarge(limit);
    }
    return utf8(read(ctx, limit));
  }

  /** The media type without parameters, lower case; empty when absent. */
  public static String mediaType(String header) {
    if (header == null) {
      return "";
    }
    int semi = header.indexOf(';');
    return (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static byte[] read(Context ctx, long limit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = ctx.bodyInputStream()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (out.size() + (long) n > limit) {
          throw tooLarge(limit);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
    return out.toByteArray();
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ApiProblem(400, "bad-body", "Bad body", "the body is not valid UTF-8", null);
    }
  }

  private static ApiProblem tooLarge(long limit) {
    return new ApiProblem(
        413,
        "content-too-large",
        "Content too large",
        "the body exceeds this server's limit of %d bytes".formatted(limit),
        null);
  }
}
