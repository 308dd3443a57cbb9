package org.parley.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of a page: page chrome (scripts, navigation, headers and footers, asides, forms,
 * share and social widgets, advertising, newsletters, related-story lists, cookie banners) is
 * removed, the article element is chosen ({@code itemprop=articleBody}, {@code <article>}, {@code
 * <main>}, else the body), and its blocks become paragraphs separated by a blank line. Short
 * paragraphs made mostly of links (menus, "read more") are dropped. Stateless; it edits the
 * document it is given.
 */
final class MainText {
  private static final String CHROME =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header,"
          + " footer, aside, form, button, select, input, figure, [hidden], [aria-hidden=true],"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";
  private static final List<String> ROOTS =
      List.of("[itemprop=articleBody]", "article", "main", "[role=main]");
  private static final Set<String> PAGE = Set.of("html", "head", "body");
  private static final Set<String> BOILERPLATE =
      Set.of(
          "nav",
          "navbar",
          "navigation",
          "menu",
          "share",
          "sharing",
          "social",
          "ad",
          "ads",
          "advert",
          "advertisement",
          "adslot",
          "promo",
          "sponsored",
          "newsletter",
          "subscribe",
          "related",
          "recommended",
          "comment",
          "comments",
          "cookie",
          "cookies",
          "consent",
          "banner",
          "breadcrumb",
          "breadcrumbs",
          "sidebar",
          "popup",
          "modal",
          "outbrain",
          "taboola",
          "footer",
          "masthead",
          "toolbar",
          "paywall");
  private static final Set<String> BREAKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "section",
          "article",
          "main",
          "tr",
          "table",
          "dl",
          "dt",
          "dd",
          "hr");

  private MainText() {}

  static String of(Document page) {
    page.select(CHROME).remove();
    for (Element e : page.select("[class], [id]")) {
      if (isBoilerplate(e) && !PAGE.contains(e.normalName()) && !holdsArticle(e)) {
        e.remove();
      }
    }
    return String.join("\n\n", paragraphs(root(page)));
  }

  /** Whether a class or id token starts or ends with a boilerplate word ("share-bar", "ad"). */
  private static boolean isBoilerplate(Element e) {
    for (String token : (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).split("\\s+")) {
      String[] parts = token.split("[-_]");
      if (parts.length > 0
          && (BOILERPLATE.contains(parts[0]) || BOILERPLATE.contains(parts[parts.length - 1]))) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsArticle(Element e) {
    return ROOTS.stream().anyMatch(q -> e.is(q) || !e.select(q).isEmpty());
  }

  private static Element root(Document page) {
    for (String query : ROOTS) {
      Elements found = page.select(query);
      if (!found.isEmpty()) {
        return found.stream().max(Comparator.comparingInt(e -> e.text().length())).orElseThrow();
      }
    }
    return page.body();
  }

  private static List<String> paragraphs(Element root) {
    ParagraphCollector collector = new ParagraphCollector();
    root.traverse(collector);
    collector.flush();
    return collector.paragraphs;
  }

  /** Gathers text into paragraphs, breaking at block elements. Single use. */
  private static final class ParagraphCollector implements NodeVisitor {
    private static final int SHORT_PARAGRAPH_WORDS = 12;

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkDepth;
    private int linkChars;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        current.append(t.getWholeText());
        linkChars += linkDepth > 0 ? t.getWholeText().strip().length() : 0;
      } else if (node instanceof Element e) {
        linkDepth += e.normalName().equals("a") ? 1 : 0;
        breakAt(e);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        linkDepth -= e.normalName().equals("a") ? 1 : 0;
        breakAt(e);
      }
    }

    private void breakAt(Element e) {
      if (BREAKS.contains(e.normalName())) {
        flush();
      }
    }

    void flush() {
      String text = current.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      boolean menuLike =
          linkChars * 2 > text.length() && text.split(" ").length < SHORT_PARAGRAPH_WORDS;
      if (!text.isEmpty() && !menuLike) {
        paragraphs.add(text);
      }
      current.setLength(0);
      linkChars = 0;
    }
  }
}
