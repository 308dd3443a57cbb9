package org.parley.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * A web page reduced to what Parley reads: its main text (paragraphs separated by a blank line) and
 * the metadata it declares. Immutable.
 */
public record HtmlPage(String text, PageMetadata metadata) {
  /** Reads a page; {@code baseUri} resolves relative links (may be empty). */
  public static HtmlPage parse(String html, String baseUri) {
    Document page = Jsoup.parse(html, baseUri);
    PageMetadata metadata = PageMetadata.of(page);
    return new HtmlPage(MainText.of(page), metadata);
  }

  /** The text of an HTML fragment such as a feed entry's content, without page chrome. */
  public static String fragmentText(String html) {
    return MainText.of(Jsoup.parseBodyFragment(html));
  }

  /** Whether the page yielded no text at all. */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** The page's title, falling back to {@code fallback}. */
  public @Nullable String titleOr(@Nullable String fallback) {
    return metadata.title() != null ? metadata.title() : fallback;
  }
}
