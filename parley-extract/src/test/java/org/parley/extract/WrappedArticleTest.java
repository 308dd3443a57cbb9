package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.contract.ClaimWriter;
import org.parley.model.Document;
import org.parley.testkit.DocumentFixture;
import org.parley.testkit.HardWrap;

/**
 * Extraction from a hard-wrapped article gives the claims of the unwrapped one: the same kinds,
 * holders, agents, provisions, regions, measures, participants, times and quotes, each with
 * evidence spans over the same words of the wrapped original. The article is our own.
 */
class WrappedArticleTest {
  static final String ARTICLE =
      String.join(
          "\n\n",
          "Ukraine's foreign minister said on Tuesday that Kyiv would never cede the Donetsk"
              + " region to Russia, and demanded that Moscow withdraw its troops from all occupied"
              + " land before any ceasefire.",
          "\"We have heard such offers before,\" Kremlin spokesman Dmitry Peskov told reporters"
              + " in Moscow. \"They always end with Ukraine rearming and the front moving again.\"",
          "Russia insists that Ukraine must drop its bid to join NATO and recognise the annexed"
              + " regions as Russian, Peskov added.",
          "Russian forces control about a fifth of Ukraine, including nearly all of the Luhansk"
              + " region and roughly 70 percent of Donetsk, according to Western estimates.",
          "President Volodymyr Zelensky met Finnish President Alexander Stubb in Helsinki on"
              + " Monday to discuss security guarantees. After the meeting Zelensky said: \"We are"
              + " ready for talks with Russia at any level, but we will not sign a paper that only"
              + " gives Moscow time to regroup.\"",
          "The U.S. envoy Steve Witkoff said Mr. Putin was ready to agree to a ceasefire along"
              + " the current front line if Kyiv gave up its claim to Crimea.");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<HardWrap.Variant> variants() {
    return HardWrap.variants(38, 52, 64, 72, 90);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void extractsTheClaimsOfTheUnwrappedArticle(HardWrap.Variant v) {
    List<JsonNode> flat = claims(ARTICLE);
    assertThat(flat.stream().map(c -> c.path("kind").asText()).distinct())
        .contains("demand", "rejection", "statement", "control", "meeting", "offer");
    assertThat(claims(HardWrap.wrap(ARTICLE, v.width(), v.layout()))).isEqualTo(flat);
  }

  /** The claims with white space collapsed and each evidence span replaced by its words. */
  private static List<JsonNode> claims(String text) {
    Document doc = DocumentFixture.withText("wrapped", "2025-11-20", text);
    ClaimWriter writer = new ClaimWriter();
    List<JsonNode> out = new ArrayList<>();
    for (var claim : Extractors.DEFAULT.extract(doc).claims()) {
      ObjectNode node = (ObjectNode) read(writer.write(claim));
      List<String> evidence = new ArrayList<>();
      for (JsonNode span : node.remove("evidence")) {
        evidence.add(words(text.substring(span.path("start").asInt(), span.path("end").asInt())));
      }
      node.set("evidence", MAPPER.valueToTree(evidence));
      for (String field : new String[] {"text", "quote"}) {
        if (node.hasNonNull(field)) {
          node.put(field, words(node.path(field).asText()));
        }
      }
      out.add(node);
    }
    return out;
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String words(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
