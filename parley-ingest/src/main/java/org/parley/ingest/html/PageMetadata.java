package org.parley.ingest.html;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about itself: title, publication date (as written; {@link
 * org.parley.ingest.text.DateText} reads it), outlet and canonical URL. Each is taken from the
 * first source that has it: Open Graph and {@code article:} meta tags, then a JSON-LD {@code
 * NewsArticle}, then plain {@code <meta>} names, then the {@code <title>}, {@code <time>} and
 * {@code <link rel=canonical>} elements.
 */
public record PageMetadata(
    @Nullable String title, @Nullable String date, @Nullable String outlet, @Nullable String url) {

  /** Reads the metadata of a parsed page; it does not change the page. */
  static PageMetadata of(Document page) {
    JsonLdArticle ld = JsonLdArticle.find(page);
    String title =
        first(meta(page, "og:title"), meta(page, "twitter:title"), ld.headline(), titleOf(page));
    String date =
        first(
            meta(page, "article:published_time"),
            ld.datePublished(),
            meta(page, "date", "pubdate", "publishdate", "dc.date", "dc.date.issued"),
            meta(page, "parsely-pub-date", "sailthru.date", "datePublished"),
            attr(page, "time[datetime]", "datetime"));
    String outlet =
        first(meta(page, "og:site_name"), ld.publisher(), meta(page, "application-name"));
    String url =
        first(
            attr(page, "link[rel=canonical]", "abs:href"),
            meta(page, "og:url"),
            ld.url(),
            page.location().isEmpty() ? null : page.location());
    return new PageMetadata(title, date, outlet, url);
  }

  private static @Nullable String meta(Document page, String... names) {
    for (String name : names) {
      for (String key : List.of("property", "name", "itemprop")) {
        Element e = page.selectFirst("meta[" + key + "=" + name + "]");
        if (e != null && !e.attr("content").isBlank()) {
          return e.attr("content").strip();
        }
      }
    }
    return null;
  }

  private static @Nullable String attr(Document page, String query, String attribute) {
    Element e = page.selectFirst(query);
    return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
  }

  private static @Nullable String titleOf(Document page) {
    String title = page.title().strip();
    if (!title.isEmpty()) {
      return title;
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
  }

  private static @Nullable String first(@Nullable String... candidates) {
    return Stream.of(candidates).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
