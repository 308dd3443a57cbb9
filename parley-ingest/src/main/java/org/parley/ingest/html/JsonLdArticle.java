package org.parley.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The article a page describes in JSON-LD ({@code <script type="application/ld+json">}): the first
 * node whose {@code @type} is a news or blog article, looked for in top-level objects, arrays and
 * {@code @graph}. Scripts that are not valid JSON are passed over: this metadata is optional.
 */
record JsonLdArticle(
    @Nullable String headline,
    @Nullable String datePublished,
    @Nullable String publisher,
    @Nullable String url) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "BlogPosting",
          "Report");
  private static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null);

  static JsonLdArticle find(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        for (JsonNode node : candidates(JSON.readTree(script.data()))) {
          if (isArticle(node)) {
            return of(node);
          }
        }
      } catch (JsonProcessingException ignored) {
        // optional metadata: a page with broken JSON-LD is still read from its other tags
      }
    }
    return NONE;
  }

  private static List<JsonNode> candidates(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(n -> out.addAll(candidates(n)));
    } else if (root.isObject()) {
      out.add(root);
      root.path("@graph").forEach(out::add);
    }
    return out;
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.path("@type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  private static JsonLdArticle of(JsonNode node) {
    JsonNode publisher = node.path("publisher");
    String publisherName = publisher.isTextual() ? publisher.asText() : text(publisher, "name");
    JsonNode page = node.path("mainEntityOfPage");
    String url = text(node, "url");
    if (url == null) {
      url = page.isTextual() ? page.asText() : text(page, "@id");
    }
    return new JsonLdArticle(
        text(node, "headline"), text(node, "datePublished"), publisherName, url);
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.asText().isBlank() ? v.asText().strip() : null;
  }
}
