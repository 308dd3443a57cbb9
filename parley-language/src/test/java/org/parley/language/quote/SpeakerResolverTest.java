package org.parley.language.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.language.AnalyzedDocument;
import org.parley.language.Layers;
import org.parley.testkit.DocumentFixture;

/**
 * Speakers of quotations on short articles we wrote. A case is the text, "||", and the speaker of
 * each quotation in order, separated by "|": a person id, "=HOLDER" for a party or body, "?" for no
 * speaker. "\n" in the text separates paragraphs.
 */
class SpeakerResolverTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // a quotation that is a sentence of its own continues the speaker before it
        "The west must send tanks, the envoy Vasyl Hrynko said. \"Kyiv is two hours from Paris.\""
            + " || hrynko",
        "\"We held the bridge,\" said Olena Ivanchuk.\\n\\n\"They will not pass.\" Later the"
            + " shelling stopped. || ivanchuk | ivanchuk",
        "Analysts were cautious.\\n\\n\"Nobody knows how long this lasts.\" || ?",
        // verbs of speech that are not reporting verbs: the subject of the clause speaks
        "Last week Putin ordered his troops to seal the plant so that \"no one gets out alive\". || putin",
        "Zelensky talked about taking the city back \"one street at a time\". || zelensky",
        "Lavrov met the Turkish foreign minister, Mevlut Cavusoglu, telling him about \"the goals"
            + " of the operation\" in Ukraine. || lavrov",
        // the subject, not a possessor, an object or a name inside a parenthesis
        "Mykhailo Podolyak called Lavrov's words \"a disgrace\" and said that they were \"proof of"
            + " what Moscow wants\". || podolyak | podolyak",
        "Lavrov, seated between Hungary and Serbia at the table, accused the west of urging Kyiv"
            + " to \"fight to the last Ukrainian\". || lavrov",
        "Macron said his Russian counterpart, Vladimir Putin, had made \"a grave historic"
            + " mistake\". || macron",
        "Putin's remarks contradict US intelligence that said Russian units could make only"
            + " \"small and slow gains\" soon. || =USA",
        // bodies and "it"
        "Russia's defence ministry denied the report. \"No such strike took place,\" the ministry"
            + " said. || =RUS",
        "The ICRC led the convoy. Some families \"chose another route\", it said. || =ICRC",
        // the "Quote:" layout: the paragraph before introduces the speaker, or the label names them
        "Details: Zelensky spoke at a briefing in Kyiv about the front line.\\n\\nQuote: \"We will"
            + " not trade our land for a pause.\"\\n\\nQuote from Sybiha: \"Partners must keep up"
            + " the pressure.\" || zelensky | sybiha",
        // a surname alone right after the quotation, before the listener
        "\"The other side would have started a war,\" Rahimi told Putin. || rahimi"
      })
  void findsTheSpeakers(String spec) {
    String[] parts = spec.split("\\|\\|");
    String text = parts[0].strip().replace("\\n", "\n");
    List<String> want = List.of(parts[1].strip().split("\\s*\\|\\s*"));
    AnalyzedDocument doc =
        Layers.shared().analyze(DocumentFixture.withText("d", "2022-06-01", text));
    List<String> got = doc.quotations().stream().map(q -> describe(q.speaker())).toList();
    assertThat(got).as(text).isEqualTo(want);
  }

  private static String describe(Speaker s) {
    return switch (s) {
      case Speaker.Unknown u -> "?";
      case Speaker.Known k ->
          k.referent().person() != null
              ? k.referent().person().value()
              : "=" + k.referent().holder();
    };
  }
}
