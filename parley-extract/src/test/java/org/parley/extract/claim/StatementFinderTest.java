package org.parley.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.extract.ExtractionPipeline;
import org.parley.extract.context.DocContext;
import org.parley.extract.learn.Classifier;
import org.parley.extract.learn.ClassifierTrainer;
import org.parley.extract.learn.Example;
import org.parley.extract.learn.ModelSet;
import org.parley.kb.KnowledgeBase;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Statement;
import org.parley.testkit.DocumentFixture;

/**
 * The statement stage on articles we wrote: the rules alone, the labels it learns from, and a model
 * trained on a few documents deciding with its probability as the confidence.
 */
class StatementFinderTest {
  private static final KnowledgeBase KB = KnowledgeBase.loadDefault();
  private static final ExtractionPipeline ANALYSIS = ExtractionPipeline.load(KB, ModelSet.none());
  private static final StatementFinder RULES = new StatementFinder(KB, ModelSet.none(), 0.4);

  private static final List<String> ABOUT_THE_WAR =
      List.of(
          "Russian troops shelled Kharkiv again. \"Russia must pull its troops out of every occupied"
              + " village,\" Ukraine's foreign minister, Dmytro Kuleba, said on Monday. \"There will"
              + " be no ceasefire on the invaders' terms.\"",
          "The Kremlin rejected the peace plan. \"The special military operation will go on until"
              + " its goals are met,\" Dmitry Peskov told reporters. The war is in its fifth month.",
          "Russian forces pressed the offensive in Donbas. \"We need heavy weapons, and we need"
              + " them now,\" Zelensky said in his nightly address on the war.");

  private static final List<String> ABOUT_BUSINESS =
      List.of(
          "Sanctions over the war closed the chain's Moscow stores. \"Our stores will reopen under"
              + " a new brand in the spring,\" said Anna Berg, chief executive of Nordmode, a"
              + " clothing company. \"Customers want the same quality and prices.\"",
          "The Russian invasion hit the bank's profits. \"Our investors expect growth in the"
              + " third quarter,\" said Pavel Orlov, an analyst at Baltic Capital. The company's"
              + " shares fell, and the war weighed on trade.",
          "A brewer left Russia after the war began. \"We sold our plants to a local investor at"
              + " a loss,\" said Greta Lund, the company's finance director. The business was"
              + " worth little after the sanctions.");

  @Test
  void theRulesKeepAPartysVoiceEvenWhenTheKnowledgeBaseLacksThePerson() {
    List<Statement> found =
        statements(
            RULES,
            "Russian troops moved reserves south for the war, Ukraine's deputy intelligence chief,"
                + " Vadym Koval, said. \"They are preparing for our counteroffensive,\" he said."
                + " \"The shelling never stops,\" said Lars Eriksen, an analyst at a bank.");
    assertThat(found)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.agent()).isEqualTo("koval");
              assertThat(s.holder()).isEqualTo(ActorId.of("UKR"));
            });
  }

  @Test
  void theRulesLeaveOneWordLabelsOutAndSplitAtANewReportedClause() {
    List<String> quotes =
        statements(
                RULES,
                "Russian shelling went on. Zelensky called the occupiers \"thieves\" and"
                    + " \"looters\", and said the south would be free \"village by village\""
                    + " and that the army was \"ready for a long war\".")
            .stream()
            .map(Statement::quote)
            .toList();
    assertThat(quotes).containsExactly("village by village", "ready for a long war");
  }

  @Test
  void aThatInsideTheSameClauseKeepsItsFragmentsOneStatement() {
    List<String> quotes =
        statements(
                RULES,
                "Russian shelling of Kharkiv went on as the war entered its fifth month. Scholz"
                    + " admitted that Berlin had \"leaned far too hard on Russian gas\" so much"
                    + " that it could not switch suppliers \"when the crisis finally came\".")
            .stream()
            .map(Statement::quote)
            .toList();
    assertThat(quotes)
        .containsExactly("leaned far too hard on Russian gas … when the crisis finally came");
  }

  @Test
  void aPronounReadBackToANameInsideTheQuotationIsNoSpeaker() {
    List<Statement> found =
        statements(
            RULES,
            "Russian troops shelled Kharkiv again as the war went on. Lars Eriksen spoke to"
                + " reporters in Oslo. \"Every barrel sold keeps Putin's war machine running,\""
                + " he said.");
    assertThat(found).noneMatch(s -> "putin".equals(s.agent()));
  }

  @Test
  void aSpeakerReadOffQuotedWordsIsNoSpeaker() {
    List<Statement> found =
        statements(
            RULES,
            "Russian troops shelled Kharkiv as the war went on.\n\nPutin simply \"wants to win"
                + " his empire back,\" Kofi Mensah, a blogger from Accra, said in March. \"He"
                + " never owned colonies in our part of the world.\"");
    assertThat(found).noneMatch(s -> "putin".equals(s.agent()));
  }

  @Test
  void theRulesDecideForAnUnnamedSourceOfNoPartyEvenWithAModel() {
    StatementFinder learned = new StatementFinder(KB, trainedModels(), 0.5);
    List<Statement> official =
        statements(
            learned,
            "Russian forces advanced slowly in Donbas as the war went on. The offensive could"
                + " \"drag on well into the winter\", a western official said.");
    List<Statement> company =
        statements(
            learned,
            "Russian forces advanced slowly in Donbas as the war went on. A spokesperson for"
                + " Nordmode said: \"We have left every joint venture in the country.\"");
    assertThat(official)
        .singleElement()
        .satisfies(s -> assertThat(s.provenance().confidence()).isEqualTo(0.85));
    assertThat(company).isEmpty();
  }

  @Test
  void theSameWordsQuotedTwiceAreOneStatementWithBothSpans() {
    List<Statement> found =
        statements(
            RULES,
            "Zelensky vowed to free the occupied south \"village by village\" as the war went"
                + " on.\n\nRussian troops kept shelling Kherson. \"We will free the south village by"
                + " village, and nobody will stop us,\" Zelensky said.");
    assertThat(found)
        .singleElement()
        .satisfies(s -> assertThat(s.provenance().evidence().spans()).hasSize(2));
  }

  @Test
  void aBodyThatSpeaksIsTheStatementsSourceNamedAsTheTextFirstNamedIt() {
    List<Statement> found =
        statements(
            RULES,
            "Russia's defence ministry denied shelling the market in the war zone. \"No such"
                + " strike took place,\" the ministry said.");
    assertThat(found)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.holder()).isEqualTo(ActorId.of("RUS"));
              assertThat(s.provenance().attribution().source())
                  .isEqualTo("Russia's defence ministry");
            });
  }

  @Test
  void labelsACandidateByTheContractsMatchingRule() {
    GoldStatements gold = GoldStatements.of(rulesOn(ABOUT_THE_WAR.get(1)));
    String most = "The special military operation will go on until its goals";
    assertThat(gold.contains(ActorId.of("RUS"), null, most)).as("same holder").isTrue();
    assertThat(gold.contains(null, "peskov", most)).as("same agent").isTrue();
    assertThat(gold.contains(ActorId.of("UKR"), "kuleba", most)).as("another speaker").isFalse();
    assertThat(gold.contains(ActorId.of("RUS"), null, "The special military operation"))
        .as("too few of the gold words")
        .isFalse();
  }

  @Test
  void aTrainedModelDecidesAndItsProbabilityIsTheConfidence() {
    StatementFinder learned = new StatementFinder(KB, trainedModels(), 0.5);

    List<Statement> war =
        statements(
            learned,
            "Russian missiles struck Odesa overnight. \"The invaders will answer for every strike"
                + " on our cities,\" Zelensky said about the war.");
    List<Statement> business =
        statements(
            learned,
            "The war and the sanctions cut the carmaker's sales in Russia. \"Our dealers will"
                + " sell the remaining stock at a discount,\" said Erik Dahl, the company's chief"
                + " executive.");
    assertThat(war).isNotEmpty();
    assertThat(war.get(0).provenance().confidence()).isBetween(0.5, 1.0).isNotEqualTo(0.85);
    assertThat(business).isEmpty();
  }

  /** A statement model trained on the war and business articles above. */
  private static ModelSet trainedModels() {
    List<Example> examples = new ArrayList<>();
    for (String text : ABOUT_THE_WAR) {
      examples.addAll(RULES.examples(analyze(text), rulesOn(text)).get(StatementFinder.MODEL));
    }
    for (String text : ABOUT_BUSINESS) {
      examples.addAll(RULES.examples(analyze(text), List.of()).get(StatementFinder.MODEL));
    }
    assertThat(examples).extracting(Example::outcome).contains("statement", "none");
    Classifier model =
        new ClassifierTrainer(ClassifierTrainer.Settings.defaults())
            .train(StatementFinder.MODEL, examples);
    return new ModelSet(Map.of(StatementFinder.MODEL, model), List.of(), Map.of());
  }

  private static List<Statement> statements(StatementFinder finder, String text) {
    return finder.find(analyze(text)).stream()
        .filter(Statement.class::isInstance)
        .map(Statement.class::cast)
        .toList();
  }

  private static List<Claim> rulesOn(String text) {
    return RULES.find(analyze(text));
  }

  private static DocContext analyze(String text) {
    return ANALYSIS.analyze(DocumentFixture.withText("d", "2022-06-01", text));
  }
}
