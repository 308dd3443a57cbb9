package org.parley.cli.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.parley.model.Document;

/**
 * The file names {@code extract --out} gives documents, so that no document's file overwrites
 * another's and an id of any length has one. An id made only of letters, digits, '.', '-' and '_'
 * and short enough is its own name; any other id is cleaned (other characters become '_'),
 * shortened to fit, and followed by '~' and a hash of the whole id, so ids that clean to the same
 * text keep apart. A name already taken in this run by another document, even in other letter case,
 * gets a hash of the document's content too. Deterministic for a run's reading order; not
 * thread-safe.
 */
final class OutNames {
  /** The longest name, in UTF-8 bytes, before {@code .jsonl}: file systems allow 255. */
  static final int MAX_NAME_BYTES = 200;

  private static final int HASH_HEX = 16;

  private final Map<String, String> taken = new HashMap<>();

  /** The file name (without {@code .jsonl}) for {@code document}. */
  String nameFor(Document document) {
    String id = document.id().value();
    String clean = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    String name =
        clean.equals(id) && bytes(clean) <= MAX_NAME_BYTES
            ? clean
            : shortened(clean, MAX_NAME_BYTES - HASH_HEX - 1) + "~" + hash(id);
    String owner = id + "\n" + document.contentHash();
    String previous = taken.putIfAbsent(name.toLowerCase(Locale.ROOT), owner);
    if (previous != null && !previous.equals(owner)) {
      name = shortened(name, MAX_NAME_BYTES - HASH_HEX - 1) + "~" + hash(owner);
      taken.putIfAbsent(name.toLowerCase(Locale.ROOT), owner);
    }
    return name;
  }

  private static String shortened(String text, int maxBytes) {
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = bytes(new String(Character.toChars(cp)));
      if (used + n > maxBytes) {
        break;
      }
      out.appendCodePoint(cp);
      used += n;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_HEX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
