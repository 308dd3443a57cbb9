package org.parley.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvisionLexiconTest {
  private static final ProvisionLexicon LEXICON = ProvisionLexicon.bundled();

  private static List<String> find(String text) {
    return LEXICON.find(text, 0, text.length()).stream()
        .map(m -> m.type().code() + "/" + m.polarity().code())
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "No NATO admittance|alliance.nato/against",
        "no Western troops in Ukraine|troops.foreign/against",
        "hand over the Donbas region|territory.cede/for",
        "freeze the front lines where it currently stands|territory.freeze/for",
        "relinquish some territory it has captured|territory.return/for",
        "Ukraine's neutral status|neutrality/for",
        "to demilitarise and denazify Ukraine|military.limits/for,governance/for",
        "guarantees of NATO non-expansion|alliance.nato/against",
        "lifting of Western sanctions|sanctions/for",
        "a new package of sanctions|other/for",
        "keep the restrictions in place until the troops go home|sanctions/against",
        "no easing of the sanctions while the shelling goes on|sanctions/against",
        "more budget support for our state next year|other/for",
        "to name the aggressor a sponsor of terrorism|other/for",
        "to close the sky over Ukraine|other/for",
        "demilitarize the Chornobyl Exclusion Zone|other/for",
        "Russia's security and the rights of Russian speakers|security.interests/for,rights.language/for",
        "withdraw its troops from the Chornobyl zone|territory.withdraw/for",
        "the return of control over all our territories|territory.return/for",
        "recognition of the Donetsk and Lugansk people's republics|territory.recognize/for",
        "an exchange of prisoners|prisoners/for",
        "ready for talks in any format|talks/for",
        "an immediate ceasefire|ceasefire/for",
        "security guarantees for Ukraine|security.guarantees/for",
        "multiple-launch rocket system|other/for",
        "halt the deployment of strike missiles near its frontier|military.limits/for",
        "rule out any further eastward movement of NATO|alliance.nato/against",
        "recognise the country's European prospect|alliance.eu/for",
        "engage in a frank and detailed dialogue|talks/for",
      })
  void namesTheProvisionsOfTypicalPhrases(String phrase, String expected) {
    assertThat(find(phrase)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "asked for a tougher embargo on oil|more sanctions on Russia",
        "the sanctions must stay until every soldier has left|keep sanctions in place",
        "loans and grants for the reconstruction of towns|financial support for Ukraine",
        "a fund for rebuilding schools and bridges|financial support for Ukraine",
        "declare Russia a terrorist state|designate Russia a terrorist state",
        "reopen its sea ports so that wheat can leave|grain and food exports by sea",
        "let the fertiliser shipments through the straits|grain and food exports by sea",
        "send a standing IAEA mission to the plant|international mission at a nuclear site",
        "demilitarise the zone around the power plant|demilitarised zone around a nuclear site",
      })
  void namesTheCategoryOfAnOtherProvision(String phrase, String detail) {
    assertThat(LEXICON.find(phrase, 0, phrase.length()))
        .extracting(ProvisionMatch::detail)
        .containsExactly(detail);
  }

  @Test
  void findsNothingInPhrasesWithoutAProvision() {
    assertThat(find("protect civilians and develop the economy of the region")).isEmpty();
    assertThat(find("the growth rate of industrial production")).isEmpty();
  }

  @Test
  void everyMatchOfAnAnchoredEntryContainsAnAnchor() throws IOException {
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "samples", "articles"))) {
      files.sorted().forEach(sources::add);
    }
    Path corpus = Path.of("..", "..", "shared", "data", "articles", "articles.jsonl");
    if (Files.isRegularFile(corpus)) {
      sources.add(corpus);
    }
    List<String> unanchored = new ArrayList<>();
    for (Path p : sources) {
      unanchored.addAll(LEXICON.unanchoredMatches(Files.readString(p)));
    }
    assertThat(unanchored).as("matches in %s", sources).isEmpty();
  }

  @Test
  void reportsAMalformedLineWithItsSource() {
    assertThatThrownBy(() -> ProvisionLexicon.parse("ceasefire\tmaybe\tx\n", "lex.tsv"))
        .hasMessageStartingWith("lex.tsv:1: ")
        .hasMessageContaining("polarity");
    assertThatThrownBy(() -> ProvisionLexicon.parse("peace\tfor\tx\n", "lex.tsv"))
        .hasMessageContaining("provision type");
  }
}
