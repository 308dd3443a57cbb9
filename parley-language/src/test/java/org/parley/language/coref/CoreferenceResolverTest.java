package org.parley.language.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.language.AnalyzedDocument;
import org.parley.language.Layers;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.model.Span;
import org.parley.testkit.DocumentFixture;

/**
 * Coreference on inline-annotated texts we wrote: {@code [[he|putin]]} says the anaphor "he" there
 * resolves to the agent {@code putin}; {@code [[he|=UKR]]} to an unnamed holder of party UKR;
 * {@code [[the leaders|-]]} that it stays unresolved. Underscores in an agent stand for spaces.
 */
class CoreferenceResolverTest {
  private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([^\\]]+)\\]\\]");

  private record Expected(Span span, String text, String want) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a subject pronoun in the complement of "told/warned/assured Y" is the subject X
        "Putin told Macron that [[he|putin]] would not attend the summit.",
        "Putin told French President Emmanuel Macron [[he|putin]] would keep the troops there.",
        "Zelensky warned Biden that [[he|zelensky]] could not give up the east.",
        "Lavrov assured Blinken that [[he|lavrov]] wanted talks.",
        // gender decides when the subject does not agree
        "Putin told Zakharova that [[she|zakharova]] should brief the press.",
        "Zakharova warned Lavrov that [[she|zakharova]] would resign.",
        "Zakharova told Lavrov that [[he|lavrov]] was wrong.",
        // a description that names its party stands for an unnamed holder; pronouns take it
        "Lavrov said Moscow wanted a deal. [[Ukraine's foreign minister|=UKR]] rejected the idea."
            + " \"We will never cede our land,\" [[he|=UKR]] said.",
        "Sergei Lavrov repeated the demand. [[The Ukrainian foreign minister|=UKR]] refused,"
            + " and [[he|=UKR]] left the room.",
        // the subject of the previous sentence before a prepositional object
        "In a call with Erdogan, Putin repeated his terms. [[He|putin]] said the talks were over.",
        // the knowledge base's gender
        "Olena Zelenska met Pope Francis in Rome. [[She|zelenska]] asked for help.",
        "Kaja Kallas met Sergei Lavrov. [[She|kallas]] spoke first.",
        // a description in apposition to a name is that person, known to the KB or not
        "Captain Ihor Vasylenko, [[the deputy commander|vasylenko]] of the brigade, spoke.",
        "Olha Kravets, [[Ukraine's deputy energy minister|kravets]], met the press.",
        // plural descriptions stay unresolved
        "Putin met Xi in Beijing. [[The two presidents|-]] signed a statement.",
        "Macron and Scholz spoke. [[The leaders|-]] agreed on nothing."
      })
  void resolvesTheAnnotatedAnaphors(String annotated) {
    List<Expected> expected = new ArrayList<>();
    String text = parse(annotated, expected);
    AnalyzedDocument doc =
        Layers.shared().analyze(DocumentFixture.withText("d", "2025-08-21", text));
    for (Expected e : expected) {
      Optional<Anaphor> a = doc.coreference().anaphorAt(e.span());
      assertThat(a).as("anaphor '%s' in: %s; found %s", e.text(), text, doc.anaphors()).isPresent();
      assertThat(describe(a.get())).as(e.text() + " in: " + text).isEqualTo(e.want());
    }
  }

  @Test
  void aPluralDescriptionNeverBecomesTheSpeakerOfAQuotation() {
    String text = "Putin met Xi. \"We agreed,\" the two presidents said after Putin spoke.";
    AnalyzedDocument doc =
        Layers.shared().analyze(DocumentFixture.withText("d", "2025-08-21", text));
    Quotation q = doc.quotations().get(0);
    assertThat(q.speaker()).isInstanceOf(Speaker.Unknown.class);
  }

  @Test
  void theSpouseOfAnOfficeIsNotTheOfficeHolder() {
    String text = "First Lady Olena Zelenska visited Lviv. The President's wife said \"We hold.\"";
    AnalyzedDocument doc =
        Layers.shared().analyze(DocumentFixture.withText("d", "2025-08-21", text));
    Speaker.Known k = (Speaker.Known) doc.quotations().get(0).speaker();
    assertThat(k.referent().agent()).isEqualTo("zelenska");
  }

  private static String describe(Anaphor a) {
    return switch (a.resolution()) {
      case Resolution.Unresolved u -> "-";
      case Resolution.Resolved r ->
          r.referent().person() != null
              ? r.referent().person().value()
              : "=" + r.referent().holder();
    };
  }

  private static String parse(String annotated, List<Expected> out) {
    StringBuilder plain = new StringBuilder();
    Matcher m = MARK.matcher(annotated);
    int last = 0;
    while (m.find()) {
      plain.append(annotated, last, m.start());
      int start = plain.length();
      plain.append(m.group(1));
      out.add(new Expected(new Span(start, plain.length()), m.group(1), m.group(2)));
      last = m.end();
    }
    return plain.append(annotated.substring(last)).toString();
  }
}
