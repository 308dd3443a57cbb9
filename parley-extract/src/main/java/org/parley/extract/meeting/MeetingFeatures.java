package org.parley.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.SentenceWords;
import org.parley.extract.context.VoiceResolver;
import org.parley.model.ActorId;
import org.parley.model.PartialDate;

/**
 * The features of a meeting candidate. For a readout title's candidate: how plainly the document
 * bears on the war (its concern words and the theatre it names) and the title's kind. For a
 * passage: the same of its sentence and neighbours, how its participants were read (the frame and
 * each participant's source), their parties, the meeting word and the words next to it (and whether
 * the words before or after make the contact planned, wished or refused), when the text puts it and
 * how that relates to the report, and whether it has a place, stands in a quotation or opens the
 * document. Stateless.
 */
final class MeetingFeatures {
  /** What the features read of a whole document. */
  record DocView(String outlet, int concern, int theatre) {
    /** The view of a document with no candidates: nothing is read. */
    static DocView empty() {
      return new DocView("", 0, 0);
    }

    static DocView of(DocContext ctx, MeetingWords vocabulary, Theatre theatre) {
      String outlet = VoiceResolver.principalVoice(ctx).isPresent() ? "office" : "press";
      int concern = vocabulary.concern(ctx.text().toLowerCase(Locale.ROOT));
      return new DocView(outlet, concern, theatre.mentions(ctx, 0, ctx.text().length()));
    }
  }

  /** Stems of an address or speech. */
  private static final java.util.Set<String> ADDRESS =
      FunctionWords.words("speech address addressed particip");

  private final MeetingWords vocabulary;
  private final Theatre theatre;

  MeetingFeatures(MeetingWords vocabulary, Theatre theatre) {
    this.vocabulary = vocabulary;
    this.theatre = theatre;
  }

  /** The features of candidate {@code c} of a document seen as {@code doc}. */
  List<String> of(DocContext ctx, DocView doc, Candidate c) {
    List<String> f = new ArrayList<>();
    String src = c.trigger() == null ? "t-" : "s-";
    f.add("bias");
    f.add("outlet:" + doc.outlet());
    atLeast(src + "concern-doc", doc.concern(), f);
    atLeast(src + "theatre-doc", doc.theatre(), f);
    c.cues().stream().sorted().forEach(cue -> f.add("cue:" + cue));
    if (c.trigger() == null) {
      return f;
    }
    int from = ctx.sentenceStart(Math.max(0, c.sentence() - 1));
    int to = ctx.sentenceEnd(Math.min(ctx.sentenceCount() - 1, c.sentence() + 1));
    atLeast("concern-near", vocabulary.concern(lower(ctx, from, to)), f);
    atLeast("theatre-near", theatre.mentions(ctx, from, to), f);
    participants(c, f);
    time(ctx, c, f);
    f.add(c.place() == null ? "place:no" : "place:yes");
    conjunctions(c, f);
    if (ctx.quotationAt(ctx.norm(c.anchor())).isPresent()) {
      f.add("quoted");
    }
    if (c.sentence() <= 1) {
      f.add("lead");
    }
    words(ctx, c, f);
    return f;
  }

  /** Pairs of the candidate's kind, place and time: a dated summit with a place is a held one. */
  private static void conjunctions(Candidate c, List<String> f) {
    String kind = c.trigger() == null ? "title" : c.trigger().kind().code();
    String place = c.place() == null ? "place:no" : "place:yes";
    String when = f.stream().filter(x -> x.startsWith("when:")).findFirst().orElse("when:none");
    f.add(kind + "|" + place);
    f.add(kind + "|" + when);
    f.add(place + "|" + when);
  }

  /** Whether the words speak of an address or speech (a leader's address to a summit). */
  private static boolean isAddress(SentenceWords w) {
    for (int k = 0; k < w.size(); k++) {
      if (ADDRESS.contains(w.stem(k))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(DocContext ctx, int from, int to) {
    return ctx.text().substring(from, to).toLowerCase(Locale.ROOT);
  }

  /** One feature per threshold that {@code n} reaches ("concern>=1", "concern>=2", ...). */
  private static void atLeast(String name, int n, List<String> f) {
    if (n == 0) {
      f.add(name + "=0");
    }
    for (int k : new int[] {1, 2, 3, 4, 6, 8}) {
      if (n >= k) {
        f.add(name + ">=" + k);
      }
    }
  }

  private static void participants(Candidate c, List<String> f) {
    long persons = c.participants().stream().filter(ActorId::isPerson).count();
    int n = c.participants().size();
    f.add("n:" + Math.min(n, 4));
    f.add(persons == n ? "who:persons" : persons == 0 ? "who:parties" : "who:mixed");
    for (ActorId a : c.sides()) {
      f.add("side:" + a.value());
    }
  }

  private static void time(DocContext ctx, Candidate c, List<String> f) {
    PartialDate d = c.time().date();
    f.add("time:" + c.time().source());
    if (d == null) {
      return;
    }
    f.add("precision:" + d.precision().name().toLowerCase(Locale.ROOT));
    LocalDate report = ctx.document().date();
    if (report != null) {
      String rel =
          d.start().isAfter(report)
              ? "future"
              : d.end().isBefore(report.minusDays(31))
                  ? "old"
                  : d.covers(report) ? "now" : "recent";
      f.add("when:" + rel);
    }
  }

  private static void words(DocContext ctx, Candidate c, List<String> f) {
    Trigger t = c.trigger();
    int i = c.sentence();
    SentenceWords w = ctx.words(i);
    int at = w.indexAt(t.start());
    String kind = t.kind().code();
    f.add("kind:" + kind);
    f.add("trig:" + t.key());
    f.add(t.verb() ? "form:verb" : "form:noun");
    f.add("pre1:" + w.stem(at - 1));
    f.add("post1:" + w.stem(at + 1));
    if (HeldRule.hasCueBefore(w, at)) {
      f.add("cue-before");
      f.add(kind + "|cue-before");
    }
    HeldRule.cueGroupsBefore(w, at).forEach(g -> f.add("cue-before:" + g));
    if (HeldRule.hasCueAfter(w, at)) {
      f.add("cue-after");
    }
    if (isAddress(w) || (i > 0 && isAddress(ctx.words(i - 1)))) {
      f.add(kind + "|address-near");
    }
    if (HeldRule.hasPastBefore(w, at)) {
      f.add("past-before");
      f.add(kind + "|past-before");
    }
  }
}
