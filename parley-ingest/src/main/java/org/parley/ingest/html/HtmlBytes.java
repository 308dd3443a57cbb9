package org.parley.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.text.Decoded;
import org.parley.ingest.text.StrictUtf8;

/**
 * Decodes the bytes of a page: in the charset the HTTP header, the page's {@code <meta>} or its XML
 * declaration declares when that is not UTF-8 (old pages in windows-1251 or latin-1 decode as
 * declared), and otherwise as strict UTF-8, so that invalid bytes are reported, not replaced.
 */
public final class HtmlBytes {
  private static final int SNIFF_BYTES = 2048;
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("\\A\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");

  private HtmlBytes() {}

  /** Decodes {@code bytes}; {@code declared} is the HTTP charset parameter, if any. */
  public static Decoded decode(byte[] bytes, @Nullable String declared) {
    Charset charset = declaredCharset(declared != null ? declared : metaCharset(bytes));
    if (charset == null || charset.equals(StandardCharsets.UTF_8) || isWide(charset)) {
      return StrictUtf8.decode(bytes);
    }
    return new Decoded.Text(new String(bytes, charset));
  }

  /**
   * A page's bytes are never UTF-16 or UTF-32 here: a byte-order mark has turned them into UTF-8
   * already, and a page declaring such a charset without one is read as UTF-8, as browsers do
   * (WHATWG encoding sniffing).
   */
  private static boolean isWide(Charset charset) {
    String name = charset.name();
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }

  private static @Nullable String metaCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      return m.group(1);
    }
    Matcher xml = XML_ENCODING.matcher(head);
    return xml.find() ? xml.group(1) : null;
  }

  private static @Nullable Charset declaredCharset(@Nullable String name) {
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
