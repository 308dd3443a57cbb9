package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.context.Clauses;
import org.parley.extract.context.DocContext;
import org.parley.extract.measure.Figure;
import org.parley.extract.measure.FigureFinder;

/**
 * The control figures of a sentence, each with the clause that bears on it: written figures (the
 * clause around them), parts of an area written as bare numbers after it ("114,000 square
 * kilometres, of which about 27,000 in Crimea": the relative from "of which"), whole regions taken
 * ({@link TakenRegions}); and every figure of a sentence that continues a control claim ("This
 * includes all of Crimea, …") measures a part of it. Stateless.
 */
final class FigureLocator {
  /**
   * A sentence that goes on measuring the territory of the control claim just before it ("This
   * includes all of Crimea …", "Of this, …", "These include …").
   */
  private static final Pattern CONTINUATION =
      Pattern.compile(
          "^\\W*(?:(?:this|that|it|these|those)(?:\\s+(?:area|territory|land|figure|total|share))?"
              + "\\s+(?:also\\s+)?(?:includes?|included|comprises?|covers?|consists?\\s+of)"
              + "|of\\s+(?:this|that|these|those|it)\\b|including)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PART_INTRO =
      Pattern.compile(
          "\\b(?:of which|of this|of that|of these|of it|including)\\b", Pattern.CASE_INSENSITIVE);

  private final FigureFinder figures = new FigureFinder();

  /** Whether sentence {@code i} opens by continuing the claim before it ("This includes …"). */
  static boolean isContinuation(DocContext ctx, int i) {
    return CONTINUATION
        .matcher(ctx.text())
        .region(ctx.sentenceStart(i), ctx.sentenceEnd(i))
        .lookingAt();
  }

  /** The figures of sentence [from, to) in text order; all parts when it {@code continues}. */
  List<LocatedFigure> locate(DocContext ctx, int from, int to, boolean continues) {
    String text = ctx.text();
    List<LocatedFigure> out = new ArrayList<>();
    LocatedFigure.Role role = continues ? LocatedFigure.Role.PART : LocatedFigure.Role.STATED;
    for (Figure f : figures.find(text, from, to)) {
      int[] clause = Clauses.around(text, from, to, f.start());
      out.add(new LocatedFigure(f, clause, role, "control.figure"));
      for (Figure part : figures.partsOf(text, f, clause[1])) {
        int[] own = {introStart(text, f.end(), part.start()), clause[1]};
        out.add(new LocatedFigure(part, own, LocatedFigure.Role.PART, "control.part"));
      }
    }
    for (LocatedFigure t : TakenRegions.find(ctx, from, to)) {
      if (out.stream().noneMatch(o -> touches(o.figure(), t.figure()))) {
        out.add(t);
      }
    }
    out.sort(Comparator.comparingInt(l -> l.figure().start()));
    return out;
  }

  /** Whether {@code b} starts inside or right after {@code a} ("all of" + the region taken). */
  private static boolean touches(Figure a, Figure b) {
    return a.start() <= b.start() && b.start() <= a.end() + 1;
  }

  /** Where the relative that introduces a part begins ("of which", "including"). */
  private static int introStart(String text, int from, int part) {
    Matcher m = PART_INTRO.matcher(text).region(from, part);
    int at = from;
    while (m.find()) {
      at = m.start();
    }
    return at;
  }
}
