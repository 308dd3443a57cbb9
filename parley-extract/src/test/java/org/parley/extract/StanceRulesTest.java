package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Claim;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Position;
import org.parley.model.Statement;

/**
 * The stance rules (without the learned models) on short articles written for the purpose: who a
 * document's demands belong to, dropped demands, post-posed reporting clauses, conditions,
 * referenced demands and short quotes. Each line is "kind holder type/polarity" for positions and
 * "statement holder: quote".
 */
class StanceRulesTest {
  private static List<String> extract(String body) {
    String text =
        "A test report\n\nGENEVA, June 3, 2025 - Talks between Russia and Ukraine on ending the war went on.\n\n"
            + body;
    Document d =
        Document.of(new DocumentId("rules"), LocalDate.of(2025, 6, 3), null, null, null, text);
    return Extractors.RULES.extract(d).claims().stream().map(StanceRulesTest::line).toList();
  }

  private static String line(Claim c) {
    return switch (c) {
      case Position p ->
          "%s %s %s/%s"
              .formatted(
                  p.kind().code(),
                  p.holder().value(),
                  p.provision().type().code(),
                  p.provision().polarity().code());
      case Statement s -> "statement " + s.holder() + ": " + s.quote();
      default -> c.kind().code();
    };
  }

  @Test
  void aDocumentsDemandsBelongToTheSideThatHandedItOver() {
    List<String> claims =
        extract(
            "The Russian delegation handed over a memorandum setting out its terms. For a lasting"
                + " settlement, the document demands that Ukraine stay neutral. It also calls for"
                + " all sanctions on Russia to be lifted.\n\nUkraine's own memorandum asks for an"
                + " unconditional ceasefire. It rules out any cap on the size of Ukraine's armed"
                + " forces.");
    assertThat(claims)
        .contains(
            "demand RUS neutrality/for",
            "demand RUS sanctions/for",
            "demand UKR ceasefire/for",
            "rejection UKR military.limits/for")
        .doesNotContain("demand UKR neutrality/for");
  }

  @Test
  void aDemandNoLongerMadeIsAConcession() {
    assertThat(
            extract(
                "Zelensky said on Monday that Kyiv was no longer insisting on NATO membership for"
                    + " now."))
        .contains("offer UKR alliance.nato/against")
        .doesNotContain("demand UKR alliance.nato/for");
  }

  @Test
  void aReportingClauseAtTheEndNamesWhoseDemandItIs() {
    assertThat(
            extract(
                "President Volodymyr Zelensky spoke in Kyiv. Russia must pull all its troops out of"
                    + " Ukrainian territory, the President said."))
        .contains("demand UKR territory.withdraw/for");
  }

  @Test
  void theMainClauseOfAConditionIsAnOfferAndTheConditionADemand() {
    assertThat(
            extract(
                "Vladimir Putin said that as soon as Kyiv begins pulling its troops out of the"
                    + " Donetsk region, Russia will immediately order a ceasefire."))
        .contains("offer RUS ceasefire/for", "demand RUS territory.withdraw/for");
  }

  @Test
  void aDemandNamedOnlyToBeCriticisedIsNotTheCriticsDemand() {
    assertThat(
            extract(
                "Ukraine's foreign ministry called the demand that Kyiv withdraw its forces from"
                    + " the Zaporizhzhia region \"deeply cynical\"."))
        .noneMatch(c -> c.startsWith("demand UKR"))
        .contains("statement UKR: deeply cynical");
  }

  @Test
  void wordsQuotedAsANameAreNoStatement() {
    assertThat(
            extract(
                "Zelensky said prisoners must be released on the principle of \"all for all\"."
                    + " He wants an \"all for all\" exchange soon. A hotel called \"Myr\" was"
                    + " shelled, he said."))
        .noneMatch(c -> c.startsWith("statement"));
  }
}
