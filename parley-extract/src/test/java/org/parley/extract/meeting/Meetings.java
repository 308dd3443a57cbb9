package org.parley.extract.meeting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.extract.ExtractionPipeline;
import org.parley.extract.context.DocContext;
import org.parley.extract.learn.ModelSet;
import org.parley.kb.KnowledgeBase;
import org.parley.model.Claim;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/** Test fixtures for the meeting stage: documents of a given outlet, analysed and searched. */
final class Meetings {
  static final KnowledgeBase KB = KnowledgeBase.loadDefault();
  static final ExtractionPipeline LAYER = ExtractionPipeline.load(KB, ModelSet.none());
  static final LearnedMeetingFinder RULES = new LearnedMeetingFinder(KB, ModelSet.none(), 0.5);

  private Meetings() {}

  /**
   * A document of {@code outlet}: "kremlin" and "kyiv" are the two presidents' sites (whose own
   * texts speak for their head), anything else a news wire.
   */
  static Document document(String outlet, LocalDate date, @Nullable String title, String text) {
    String name =
        switch (outlet) {
          case "kremlin" -> "kremlin.ru (Office of the President of Russia), English";
          case "kyiv" -> "president.gov.ua (Office of the President of Ukraine), English";
          default -> "Test Wire";
        };
    return Document.of(
        new DocumentId("t-" + Math.abs(text.hashCode())), date, name, null, title, text);
  }

  static DocContext analyze(Document d) {
    return LAYER.analyze(d);
  }

  /** A gold meeting of {@code who} whose evidence is the whole of {@code ctx}'s text. */
  static org.parley.model.Meeting gold(
      DocContext ctx, LocalDate reported, List<org.parley.model.ActorId> who) {
    org.parley.model.Span all = new org.parley.model.Span(0, ctx.document().text().length());
    org.parley.model.Provenance p =
        new org.parley.model.Provenance(
            new org.parley.model.Evidence(ctx.document().id(), List.of(all), null),
            null,
            reported,
            null,
            null,
            null,
            null);
    return new org.parley.model.Meeting(p, who, null);
  }

  /** The meetings the hand-written decision finds in {@code d}. */
  static List<Claim> find(Document d) {
    return RULES.find(analyze(d));
  }
}
