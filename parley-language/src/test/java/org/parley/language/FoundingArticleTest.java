package org.parley.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.language.coref.Referent;
import org.parley.language.cue.AttributionCue;
import org.parley.language.cue.AttributionSummary;
import org.parley.language.cue.FrameKind;
import org.parley.language.mention.Mention;
import org.parley.language.mention.PersonMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.mention.RegionReading;
import org.parley.language.mention.SourceMention;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.language.time.TimeExpression;
import org.parley.model.ActorId;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Span;
import org.parley.model.Status;
import org.parley.testkit.SharedData;

/** The founding article from ../shared: its entities, dates, quotations and attributions. */
class FoundingArticleTest {
  private static AnalyzedDocument doc;
  private static String text;

  @BeforeAll
  static void analyze() throws IOException {
    Path seed = SharedData.require("seeds/000_1765a6ab7ed27385.txt");
    text = Files.readString(seed, StandardCharsets.UTF_8);
    Document d =
        Document.of(
            new DocumentId("000_1765a6ab7ed27385"),
            LocalDate.of(2025, 8, 21),
            "Fox News",
            null,
            null,
            text);
    doc = Layers.shared().analyze(d.withBody(new Span(text.indexOf("\n\n") + 2, text.length())));
  }

  @Test
  void leavesTheHeaderLineOutsideTheAnalysis() {
    assertThat(doc.sentences().get(0).span().start()).isGreaterThan(text.indexOf('\n'));
    assertThat(doc.text(doc.sentences().get(0).span())).startsWith("Russian President");
  }

  @Test
  void readsRolePhrasesAndPeopleAsOneMention() {
    assertThat(person("Russian President Vladimir Putin").person()).isEqualTo(ActorId.of("putin"));
    PersonMention lavrov = person("Russian Foreign Minister Sergey Lavrov");
    assertThat(lavrov.person()).isEqualTo(ActorId.of("lavrov"));
    assertThat(lavrov.holder()).isEqualTo(ActorId.of("RUS"));
  }

  @Test
  void typesUnnamedSourcesByAffiliation() {
    SourceMention official = (SourceMention) mention("A senior NATO defense official");
    assertThat(official.holder()).isEqualTo(ActorId.of("NATO"));
    SourceMention sources = (SourceMention) mention("sources familiar with the Kremlin’s");
    assertThat(sources.holder()).isNull();
    assertThat(sources.about()).isEqualTo(ActorId.of("RUS"));
  }

  @Test
  void readsCoordinatedRegionListsAsOneGroup() {
    RegionMention group = (RegionMention) mention("the Kharkiv, Sumy, and Dnipropetrovsk regions");
    assertThat(group.reading()).isEqualTo(RegionReading.GROUP);
    assertThat(group.regions())
        .extracting(Object::toString)
        .containsExactly("UA-12", "UA-59", "UA-63");
    assertThat(group.members()).hasSize(3);
    RegionMention donbas = (RegionMention) mention("the Donbas region");
    assertThat(donbas.regions()).extracting(Object::toString).containsExactly("UA-09", "UA-14");
  }

  @Test
  void attributesLavrovsQuotationsToLavrov() {
    Quotation never = quote("never talked about the need to seize any territories.");
    assertThat(agentOf(never)).isEqualTo("lavrov");
    assertThat(holderOf(never)).isEqualTo(ActorId.of("RUS"));
    assertThat(never.partial()).isTrue();
    assertThat(agentOf(quote("These are the reasons"))).isEqualTo("lavrov");
    assertThat(agentOf(quote("there can be no talk of any long-term agreements")))
        .isEqualTo("lavrov");
  }

  @Test
  void attributesTheOfficialsQuotationToTheNatoSourceThroughCoreference() {
    Quotation stall = quote("Whatever helps to stall,");
    assertThat(agentOf(stall)).isEqualTo("A senior NATO defense official");
    assertThat(holderOf(stall)).isEqualTo(ActorId.of("NATO"));
  }

  @Test
  void resolvesTimeExpressionsAgainstTheDocumentDate() {
    assertThat(time("on Friday").value()).hasToString("2025-08-15");
    assertThat(time("this week").value()).hasToString("2025-08");
    assertThat(time("2024").value()).hasToString("2024");
    assertThat(time("in February 2022").value()).hasToString("2022-02");
    assertThat(time("by late summer that year").value()).hasToString("2022-08");
    assertThat(time("since 2023").value()).hasToString("2023");
    assertThat(time("less than one week ago").value()).hasToString("2025-08");
  }

  @Test
  void findsTheReutersFrameWithItsUnnamedSource() {
    AttributionCue.ReportingFrame reuters =
        doc.cues().stream()
            .filter(AttributionCue.ReportingFrame.class::isInstance)
            .map(AttributionCue.ReportingFrame.class::cast)
            .filter(f -> f.kind() == FrameKind.TOLD)
            .findFirst()
            .orElseThrow();
    assertThat(reuters.via()).containsExactly("Reuters");
    assertThat(reuters.sourcePhrase())
        .isEqualTo("sources familiar with the Kremlin’s negotiations");
    assertThat(reuters.named()).isFalse();
  }

  @Test
  void givesTheReportedDemandsTheUnverifiedStatusAndTheReutersChain() {
    AttributionSummary demands = doc.attributionFor(sentenceWith("No NATO admittance"));
    assertThat(demands.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(demands.via()).containsExactly("Reuters");
    assertThat(demands.named()).isFalse();
    AttributionSummary offer = doc.attributionFor(sentenceWith("The report also claimed"));
    assertThat(offer.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(offer.source()).isEqualTo("sources familiar with the Kremlin’s negotiations");
  }

  @Test
  void scopesHedgesToTheirClauses() {
    assertThat(doc.attributionFor(spanOf("less than 20 percent of Ukraine")).status())
        .isEqualTo(Status.REPORTED);
    assertThat(doc.attributionFor(spanOf("seven percent")).status()).isEqualTo(Status.ESTIMATED);
    assertThat(doc.attributionFor(spanOf("Russia fully occupied Crimea")).status())
        .isEqualTo(Status.ASSERTED);
    assertThat(doc.attributionFor(spanOf("a 2024 demand by Putin")).status())
        .isEqualTo(Status.ASSERTED);
    assertThat(doc.attributionFor(spanOf("150 sq. miles")).status()).isEqualTo(Status.ESTIMATED);
  }

  @Test
  void relaysLavrovsDemandThroughTheInstitute() {
    AttributionSummary isw = doc.attributionFor(spanOf("without respect"));
    assertThat(isw.via()).containsExactly("Institute for the Study of War");
    assertThat(isw.status()).isEqualTo(Status.REPORTED);
    assertThat(doc.attributionFor(spanOf("These are the reasons")).via())
        .containsExactly("Institute for the Study of War");
  }

  @Test
  void appliesTheNearestTimeToASpan() {
    assertThat(doc.timeFor(sentenceWith("No NATO admittance")).orElseThrow().value())
        .hasToString("2025-08-15");
    assertThat(doc.timeFor(spanOf("a 2024 demand by Putin")).orElseThrow().value())
        .hasToString("2024");
  }

  @Test
  void selectsEveryGoldEvidenceSentenceInThePrePass() {
    for (Span evidence : List.of(new Span(294, 550), new Span(1756, 1899), new Span(3010, 3112))) {
      assertThat(doc.sentencesIn(evidence)).anyMatch(doc::isCandidate);
    }
  }

  private static Mention mention(String prefix) {
    return doc.mentions().stream()
        .filter(m -> m.text().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention starting " + prefix));
  }

  private static PersonMention person(String prefix) {
    return (PersonMention) mention(prefix);
  }

  private static Quotation quote(String prefix) {
    return doc.quotations().stream()
        .filter(q -> q.quote(text).startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quotation starting " + prefix));
  }

  private static String agentOf(Quotation q) {
    return referent(q).agent();
  }

  private static ActorId holderOf(Quotation q) {
    return referent(q).holder();
  }

  private static Referent referent(Quotation q) {
    assertThat(q.speaker()).isInstanceOf(Speaker.Known.class);
    return ((Speaker.Known) q.speaker()).referent();
  }

  private static TimeExpression time(String textOf) {
    return doc.times().stream()
        .filter(t -> t.text().equals(textOf))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no time expression " + textOf));
  }

  private static Span spanOf(String phrase) {
    int at = text.indexOf(phrase);
    assertThat(at).as(phrase).isNotNegative();
    return new Span(at, at + phrase.length());
  }

  private static Span sentenceWith(String phrase) {
    return doc.sentenceAt(spanOf(phrase).start()).orElseThrow().span();
  }
}
