package org.parley.ingest.source;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which field of a JSONL record or CSV column holds each document attribute. Each attribute has
 * candidate names, tried in order; the defaults fit Parley's shared corpora ({@code id, date,
 * outlet, url, title, text} in JSONL; {@code link, headline(s), date/published, body/articles} in
 * the CSVs). {@link #parse} overrides attributes with one name each: {@code text=body,date=when}.
 */
public record FieldMapping(
    List<String> id,
    List<String> date,
    List<String> outlet,
    List<String> url,
    List<String> title,
    List<String> text) {

  public FieldMapping {
    id = List.copyOf(id);
    date = List.copyOf(date);
    outlet = List.copyOf(outlet);
    url = List.copyOf(url);
    title = List.copyOf(title);
    text = List.copyOf(text);
  }

  /** The defaults, which fit {@code articles.jsonl} and the CSVs beside it. */
  public static FieldMapping defaults() {
    return new FieldMapping(
        List.of("id", "guid", "doc_id"),
        List.of("date", "published", "published_at", "pubdate", "datetime"),
        List.of("outlet", "source", "site", "publisher"),
        List.of("url", "link"),
        List.of("title", "headline", "headlines"),
        List.of("text", "body", "articles", "article", "content"));
  }

  /**
   * The defaults with the attributes named in {@code spec} ({@code attr=field,...}, attributes
   * {@code id date outlet url title text}) mapped to exactly that field.
   */
  public static FieldMapping parse(String spec) {
    FieldMapping m = defaults();
    for (String pair : spec.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
        throw new IllegalArgumentException("--map wants attr=field, got '" + pair.strip() + "'");
      }
      m = m.with(kv[0].strip().toLowerCase(Locale.ROOT), kv[1].strip());
    }
    return m;
  }

  /** This mapping with {@code attribute} read from {@code field} alone. */
  public FieldMapping with(String attribute, String field) {
    List<String> one = List.of(field);
    return switch (attribute) {
      case "id" -> new FieldMapping(one, date, outlet, url, title, text);
      case "date" -> new FieldMapping(id, one, outlet, url, title, text);
      case "outlet" -> new FieldMapping(id, date, one, url, title, text);
      case "url" -> new FieldMapping(id, date, outlet, one, title, text);
      case "title" -> new FieldMapping(id, date, outlet, url, one, text);
      case "text" -> new FieldMapping(id, date, outlet, url, title, one);
      default ->
          throw new IllegalArgumentException(
              "--map: unknown attribute '%s' (use id, date, outlet, url, title, text)"
                  .formatted(attribute));
    };
  }

  /** The first candidate of {@code names} that {@code present} holds, or {@code null}. */
  public static @Nullable String pick(List<String> names, Predicate<String> present) {
    return names.stream().filter(present).findFirst().orElse(null);
  }

  /** For a CSV header: each attribute's column, or {@code null} when the header lacks it. */
  public Columns columns(Collection<String> header) {
    return new Columns(
        column(id, header),
        column(date, header),
        column(outlet, header),
        column(url, header),
        column(title, header),
        column(text, header));
  }

  private static @Nullable String column(List<String> candidates, Collection<String> header) {
    for (String candidate : candidates) {
      for (String h : header) {
        if (h.strip().equalsIgnoreCase(candidate)) {
          return h;
        }
      }
    }
    return null;
  }

  /** The column chosen for each attribute; {@code null} where the header has none. */
  public record Columns(
      @Nullable String id,
      @Nullable String date,
      @Nullable String outlet,
      @Nullable String url,
      @Nullable String title,
      @Nullable String text) {}
}
