package org.parley.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells an input's format from its name, then from its first bytes: a {@code .txt} whose first line
 * is a {@code date YYYY-MM-DD} header is {@link SourceFormat#SEED}, an {@code .xml} is RSS or Atom
 * by its root element, and a name with no known extension is sniffed for WARC, JSON, feeds and
 * HTML. Stateless and thread-safe.
 */
public final class FormatDetector {
  /** How many leading bytes {@link #detect} looks at. */
  public static final int HEAD_BYTES = 4096;

  /** The seed header: a first line {@code date YYYY-MM-DD}, then anything. */
  static final Pattern SEED_HEADER =
      Pattern.compile("\\A[ \\t]*date[ \\t]+\\d{4}-\\d{2}-\\d{2}\\b");

  private static final Map<String, SourceFormat> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("jsonl", SourceFormat.JSONL),
          Map.entry("ndjson", SourceFormat.JSONL),
          Map.entry("csv", SourceFormat.CSV),
          Map.entry("html", SourceFormat.HTML),
          Map.entry("htm", SourceFormat.HTML),
          Map.entry("xhtml", SourceFormat.HTML),
          Map.entry("rss", SourceFormat.RSS),
          Map.entry("atom", SourceFormat.ATOM),
          Map.entry("warc", SourceFormat.WARC),
          Map.entry("arc", SourceFormat.WARC));

  private FormatDetector() {}

  /** The format of the input called {@code formatName} whose content starts with {@code head}. */
  public static Optional<SourceFormat> detect(String formatName, byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String start = text.stripLeading();
    String extension = extension(formatName);
    SourceFormat known = BY_EXTENSION.get(extension);
    if (known != null) {
      return Optional.of(known);
    }
    return switch (extension) {
      case "txt", "text", "md" ->
          Optional.of(SEED_HEADER.matcher(text).find() ? SourceFormat.SEED : SourceFormat.TEXT);
      case "json" -> start.startsWith("{") ? Optional.of(SourceFormat.JSONL) : Optional.empty();
      default -> sniff(text, start);
    };
  }

  private static Optional<SourceFormat> sniff(String text, String start) {
    String lower = start.toLowerCase(Locale.ROOT);
    if (text.startsWith("WARC/")) {
      return Optional.of(SourceFormat.WARC);
    }
    if (start.startsWith("{")) {
      return Optional.of(SourceFormat.JSONL);
    }
    if (lower.contains("<rss") || lower.contains("<rdf:rdf")) {
      return Optional.of(SourceFormat.RSS);
    }
    if (lower.contains("<feed")) {
      return Optional.of(SourceFormat.ATOM);
    }
    if (lower.startsWith("<!doctype html") || lower.contains("<html")) {
      return Optional.of(SourceFormat.HTML);
    }
    if (SEED_HEADER.matcher(text).find()) {
      return Optional.of(SourceFormat.SEED);
    }
    return Optional.empty();
  }

  private static String extension(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
