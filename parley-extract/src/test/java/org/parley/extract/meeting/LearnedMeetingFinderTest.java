package org.parley.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.extract.context.DocContext;
import org.parley.extract.learn.Classifier;
import org.parley.extract.learn.ClassifierTrainer;
import org.parley.extract.learn.Example;
import org.parley.extract.learn.ModelSet;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Meeting;

/**
 * The learned decision: examples are the candidates labelled by the gold, built by the same code
 * the stage extracts with; a model trained on them decides, and its probability is the meeting's
 * confidence.
 */
class LearnedMeetingFinderTest {
  private static final LocalDate DAY = LocalDate.of(2022, 3, 16);

  private static final List<String> HELD =
      List.of(
          "Olaf Scholz met Volodymyr Zelensky in Kyiv on Tuesday to discuss air defence.",
          "Emmanuel Macron met Vladimir Putin in Moscow on Monday for five hours of talks.",
          "Mario Draghi met Volodymyr Zelensky in Kyiv on Tuesday and promised more help.",
          "Recep Tayyip Erdogan met Vladimir Putin in Sochi on Monday to discuss grain.");

  private static final List<String> WISHED =
      List.of(
          "Olaf Scholz hopes to meet Volodymyr Zelensky in Kyiv to discuss air defence.",
          "Emmanuel Macron wants to meet Vladimir Putin in Moscow for long talks.",
          "Mario Draghi hopes to meet Volodymyr Zelensky in Kyiv and promise more help.",
          "Recep Tayyip Erdogan wants to meet Vladimir Putin in Sochi to discuss grain.");

  @Test
  void labelsEachCandidateByTheGoldMeetingOfItsSentence() {
    DocContext held = context(HELD.get(0));
    Map<String, List<Example>> examples =
        Meetings.RULES.examples(held, List.of(gold(held, "scholz", "zelensky")));
    assertThat(examples.get(LearnedMeetingFinder.MODEL))
        .extracting(Example::outcome)
        .containsExactly("held");
    DocContext wished = context(WISHED.get(0));
    assertThat(Meetings.RULES.examples(wished, List.of()).get(LearnedMeetingFinder.MODEL))
        .extracting(Example::outcome)
        .containsExactly("none");
  }

  @Test
  void keepsWhatTheTrainedModelHoldsWithItsProbabilityAsConfidence() {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < HELD.size(); i++) {
      DocContext held = context(HELD.get(i));
      List<ActorId> who = participantsOf(held);
      examples.addAll(examples(held, List.of(gold(held, who))));
      examples.addAll(examples(context(WISHED.get(i)), List.of()));
    }
    Classifier model =
        new ClassifierTrainer(ClassifierTrainer.Settings.defaults())
            .train(LearnedMeetingFinder.MODEL, examples);
    ModelSet models =
        new ModelSet(Map.of(LearnedMeetingFinder.MODEL, model), List.of("t"), Map.of());
    LearnedMeetingFinder stage = new LearnedMeetingFinder(Meetings.KB, models, 0.5);

    List<Claim> held =
        stage.find(context("Keir Starmer met Volodymyr Zelensky in Kyiv on Monday."));
    assertThat(held).hasSize(1);
    assertThat(held.get(0).provenance().confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
    assertThat(stage.find(context("Keir Starmer hopes to meet Volodymyr Zelensky in Kyiv.")))
        .isEmpty();
  }

  private static List<Example> examples(DocContext ctx, List<Claim> gold) {
    return Meetings.RULES.examples(ctx, gold).get(LearnedMeetingFinder.MODEL);
  }

  private static DocContext context(String text) {
    return Meetings.analyze(Meetings.document("wire", DAY, null, text));
  }

  /** The participants the rules read from a passage that reports one meeting. */
  private static List<ActorId> participantsOf(DocContext ctx) {
    return ((Meeting) Meetings.RULES.find(ctx).get(0)).participants();
  }

  private static Meeting gold(DocContext ctx, String a, String b) {
    return gold(ctx, List.of(ActorId.of(a), ActorId.of(b)));
  }

  private static Meeting gold(DocContext ctx, List<ActorId> who) {
    return Meetings.gold(ctx, DAY, who);
  }
}
