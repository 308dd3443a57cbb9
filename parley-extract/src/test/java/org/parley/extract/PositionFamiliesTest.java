package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Position;

/**
 * The position families of issue 11 on short articles written for the purpose: joint subjects,
 * calls on third parties with their addressee, refusals and negated agreement, and conditional
 * offers. Each line is "kind holder type/polarity" and, where the position has one, "-> addressee".
 */
class PositionFamiliesTest {
  private static List<String> extract(String body) {
    return extractText(
        "Diplomacy report\n\nBRUSSELS, March 4, 2025 - Efforts to end the war between Russia and"
            + " Ukraine continued this week.\n\n"
            + body);
  }

  private static List<String> extractText(String text) {
    Document d =
        Document.of(new DocumentId("families"), LocalDate.of(2025, 3, 4), null, null, null, text);
    return Extractors.DEFAULT.extract(d).claims().stream()
        .filter(Position.class::isInstance)
        .map(Position.class::cast)
        .map(PositionFamiliesTest::line)
        .toList();
  }

  private static String line(Position p) {
    String base =
        "%s %s %s/%s"
            .formatted(
                p.kind().code(),
                p.holder().value(),
                p.provision().type().code(),
                p.provision().polarity().code());
    return p.addressee() == null ? base : base + " -> " + p.addressee().value();
  }

  @Test
  void aJointSubjectGivesEachPartyItsOwnRecord() {
    assertThat(
            extract(
                "France and Germany called for an immediate ceasefire along the whole front on"
                    + " Tuesday."))
        .anyMatch(l -> l.startsWith("demand FRA ceasefire/for"))
        .anyMatch(l -> l.startsWith("demand DEU ceasefire/for"));
  }

  @Test
  void aCollectiveSubjectMeansThePartiesTheReadoutOpensWith() {
    List<String> lines =
        extractText(
            """
            Telephone conversation

            Vladimir Putin spoke by telephone with the French President, Emmanuel Macron, at \
            the French side's initiative. The conversation lasted two hours.

            Both leaders expressed readiness to hold talks between their advisers next month. \
            The two presidents discussed the grain shipments.""");
    assertThat(lines).contains("offer RUS talks/for", "offer FRA talks/for");
    assertThat(lines).hasSize(2);
  }

  @Test
  void aCollectiveSubjectWithoutTwoNamedPartiesGivesNoRecord() {
    assertThat(extract("Both sides expressed readiness to hold talks next month.")).isEmpty();
  }

  @Test
  void talksThatAreOnlyTheSettingAreNotWhatIsAsked() {
    assertThat(
            extract(
                "Zelensky said Ukraine would keep insisting on this point in negotiations with its"
                    + " partners. The Kremlin hoped that the talks on the treaty would be"
                    + " constructive."))
        .noneMatch(l -> l.contains(" talks/"));
    assertThat(
            extract("The Finnish president urged Moscow to return to the negotiations in Geneva."))
        .anyMatch(l -> l.startsWith("demand FIN talks/for"));
  }

  @Test
  void aCallOnAThirdPartyIsADemandWithItsAddressee() {
    assertThat(
            extract(
                "The British prime minister urged Russia to withdraw its troops from Ukrainian"
                    + " territory."))
        .contains("demand GBR territory.withdraw/for -> RUS");
  }

  @Test
  void aRefusalIsARejection() {
    assertThat(
            extract(
                "Ukraine's president flatly rejected any plan that would require Kyiv to give up"
                    + " the Donbas."))
        .anyMatch(l -> l.startsWith("rejection UKR territory.cede"));
  }

  @Test
  void negatedAgreementIsARejectionNotAnOffer() {
    List<String> claims =
        extract("The Kremlin said on Monday that Russia did not agree to a ceasefire of 30 days.");
    assertThat(claims).anyMatch(l -> l.startsWith("rejection RUS ceasefire/for"));
    assertThat(claims).noneMatch(l -> l.startsWith("offer RUS ceasefire"));
  }

  @Test
  void aConditionalOfferKeepsItsConditionAsADemand() {
    assertThat(
            extract(
                "Russia would agree to a ceasefire if Ukraine pulled its troops out of the"
                    + " Donetsk region, the Kremlin said."))
        .anyMatch(l -> l.startsWith("offer RUS ceasefire/for"))
        .anyMatch(l -> l.startsWith("demand RUS territory.withdraw/for"));
  }

  @Test
  void aFormerOfficialTheKnowledgeBaseDoesNotKnowVoicesNoParty() {
    assertThat(
            extract(
                "Jonas Berglund, a retired Swedish diplomat, said the West should press Moscow"
                    + " into an immediate ceasefire."))
        .isEmpty();
    assertThat(
            extract(
                "Jonas Berglund, the Swedish foreign minister, said the West should press Moscow"
                    + " into an immediate ceasefire."))
        .anyMatch(l -> l.startsWith("demand SWE ceasefire/for"));
  }

  @Test
  void aListOfAidIsOneRecordPerKindOfAid() {
    List<String> lines =
        extract(
            "Ukraine's president asked the allies for tanks and howitzers, for stronger sanctions"
                + " on Russia and for budget support through the winter.");
    assertThat(lines)
        .containsExactlyInAnyOrder(
            "demand UKR other/for", "demand UKR other/for", "demand UKR other/for");
  }
}
