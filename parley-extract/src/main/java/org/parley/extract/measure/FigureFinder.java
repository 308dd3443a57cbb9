package org.parley.extract.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.lexicon.BoundedPattern;
import org.parley.model.Approx;
import org.parley.model.Measure;

/**
 * Finds control figures in normalised text: "some 88 percent of", "less than 20%", "two-thirds of",
 * "roughly 150 sq. miles", "nearly all (of) the", "parts of", "fully". Shares become 0..1; square
 * miles, hectares and square kilometres become km². Stateless and thread-safe.
 */
public final class FigureFinder {
  private static final String QUALIFIER =
      "(?<q>(?:some|about|around|roughly|approximately|an estimated|estimated|nearly|almost"
          + "|close to|just under|just over|less than|fewer than|under|below|up to|no more than"
          + "|at most|more than|over|above|at least|upwards of|at least some|exactly|precisely)\\s+)?";
  private static final String NUMBER =
      "(?<n>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:(?:"
          + NumberWords.WORDS
          + ")(?:[- ](?:"
          + NumberWords.WORDS
          + "))*))";
  private static final Pattern SHARE =
      Pattern.compile(
          "\\b" + QUALIFIER + NUMBER + "\\s*(?:%|percent\\b|per cent\\b|pc\\b)(?<of>\\s+of\\b)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FRACTION =
      Pattern.compile(
          "\\b" + QUALIFIER + "(?<f>" + NumberWords.FRACTION_WORDS + ")(?<of>\\s+of\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AREA =
      Pattern.compile(
          "\\b"
              + QUALIFIER
              + NUMBER
              + "\\s*(?<u>sq\\.?\\s*miles?|square miles?|sq\\.?\\s*mi\\b|sq\\.?\\s*km\\b|km2|km²"
              + "|square kilomet(?:er|re)s?|sq\\.?\\s*kilomet(?:er|re)s?|hectares?)",
          Pattern.CASE_INSENSITIVE);
  private static final List<String> SHARE_UNITS = List.of("%", "percent", "per cent", "pc");
  private static final List<String> FRACTION_HEADS =
      List.of("third", "quarter", "fifth", "tenth", "half");
  private static final List<String> AREA_UNITS = List.of("sq", "square", "km", "hectare");
  private static final Pattern YEAR_AFTER =
      Pattern.compile(
          "^\\s*(?:the\\s+)?(?:\\d{4}|year|month|century|decade|week)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Searched only where a word starts with one of its first letters ({@link BoundedPattern}). */
  private static final BoundedPattern DEGREE =
      BoundedPattern.compile(
          "\\b(?<d>nearly all|almost all|virtually all|practically all|almost entirely|nearly"
              + " entirely|almost the entire|almost the whole|nearly the whole|nearly the entire"
              + "|most|the majority|much|the bulk|large (?:parts|swathes|swaths|sections|chunks)"
              + "|parts?|portions?|pockets|a fraction|a sliver|small (?:parts?|areas|pieces)"
              + "|some (?:parts|territory|areas|land)|all|the whole|the entire|the entirety"
              + "|fully|completely|entirely|full control|in (?:its|their) entirety"
              + "|(?:a few|a handful of|several|some) (?:villages|settlements|footholds|positions)"
              + " (?:in|on|of))\\b(?<of>\\s+of\\b)?",
          Pattern.CASE_INSENSITIVE);

  /**
   * A part of an area given as a bare number after a relative or "including" ("114,000 square
   * kilometres, of which about 27,000 in Crimea"): the number, in the area's unit.
   */
  private static final Pattern PART_OF_AREA =
      Pattern.compile(
          "\\b(?:of which|of this|of that|of these|of it|including)\\b[^.;:%]{0,60}?"
              + QUALIFIER
              + "(?<n>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\b"
              + "(?!\\s*(?:%|percent|per cent|sq|square|km|hectare|years?|months?|days?|people|troops"
              + "|soldiers|villages|towns|settlements)\\b)(?![.,]?\\d)",
          Pattern.CASE_INSENSITIVE);

  /** The figures in {@code text[from, to)}, in text order, not overlapping. */
  public List<Figure> find(String text, int from, int to) {
    List<Figure> found = new ArrayList<>();
    // the number patterns are tried only where their unit or fraction word occurs (a cheap test
    // that spares most sentences the large alternations)
    String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
    if (containsAny(lower, SHARE_UNITS)) {
      shares(text, from, to, found);
    }
    if (containsAny(lower, FRACTION_HEADS)) {
      fractions(text, from, to, found);
    }
    if (containsAny(lower, AREA_UNITS)) {
      areas(text, from, to, found);
    }
    degrees(text, from, to, found);
    found.sort(Comparator.comparingInt(Figure::start).thenComparing(f -> -f.end()));
    List<Figure> kept = new ArrayList<>();
    int end = -1;
    for (Figure f : found) {
      if (f.start() >= end) {
        kept.add(f);
        end = f.end();
      }
    }
    return kept;
  }

  /**
   * The parts of area figure {@code whole} written as bare numbers after it in {@code text[whole
   * end, to)}, each as an area in the whole's unit; empty for a share or degree.
   */
  public List<Figure> partsOf(String text, Figure whole, int to) {
    Matcher unit = AREA.matcher(text).region(whole.start(), whole.end());
    if (!whole.isArea() || !unit.lookingAt()) {
      return List.of();
    }
    String u = unit.group("u").toLowerCase(Locale.ROOT);
    List<Figure> out = new ArrayList<>();
    Matcher m = PART_OF_AREA.matcher(text).region(whole.end(), to);
    while (m.find()) {
      OptionalDouble v = NumberWords.value(m.group("n"));
      if (v.isPresent()) {
        int start = m.group("q") != null ? m.start("q") : m.start("n");
        out.add(new Figure(start, m.end("n"), Measure.area(toKm2(v.getAsDouble(), u), approx(m))));
      }
    }
    return out;
  }

  private static boolean containsAny(String lower, List<String> words) {
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static void shares(String text, int from, int to, List<Figure> out) {
    Matcher m = SHARE.matcher(text).region(from, to);
    while (m.find()) {
      OptionalDouble v = NumberWords.value(m.group("n"));
      if (v.isPresent() && v.getAsDouble() <= 100) {
        out.add(new Figure(m.start(), m.end(), Measure.share(v.getAsDouble() / 100, approx(m))));
      }
    }
  }

  private static void fractions(String text, int from, int to, List<Figure> out) {
    Matcher m = FRACTION.matcher(text).region(from, to);
    while (m.find()) {
      OptionalDouble v = NumberWords.fraction(m.group("f"));
      if (v.isPresent()) {
        double share = Math.round(v.getAsDouble() * 1000) / 1000.0;
        if (YEAR_AFTER.matcher(text.substring(m.end(), Math.min(to, m.end() + 12))).find()) {
          continue;
        }
        out.add(new Figure(m.start(), m.end(), Measure.share(share, approx(m))));
      }
    }
  }

  private static void areas(String text, int from, int to, List<Figure> out) {
    Matcher m = AREA.matcher(text).region(from, to);
    while (m.find()) {
      OptionalDouble v = NumberWords.value(m.group("n"));
      if (v.isPresent()) {
        double km2 = toKm2(v.getAsDouble(), m.group("u").toLowerCase(Locale.ROOT));
        out.add(new Figure(m.start(), m.end(), Measure.area(km2, approx(m))));
      }
    }
  }

  private static void degrees(String text, int from, int to, List<Figure> out) {
    for (BoundedPattern.Found f : DEGREE.findAll(text, from, to)) {
      MatchResult m = f.groups();
      String d = m.group("d").toLowerCase(Locale.ROOT);
      boolean needsOf =
          d.equals("most")
              || d.equals("much")
              || d.startsWith("part")
              || d.startsWith("portion")
              || d.equals("the majority")
              || d.equals("the bulk")
              || d.equals("all")
              || d.equals("a fraction")
              || d.equals("pockets");
      if (needsOf && m.group("of") == null && !d.equals("all")) {
        continue;
      }
      out.add(new Figure(f.start(), f.end(), Measure.qualitative(degree(d))));
    }
  }

  static Approx degree(String d) {
    if (d.startsWith("nearly")
        || d.startsWith("almost")
        || d.startsWith("virtually")
        || d.startsWith("practically")) {
      return Approx.NEARLY_ALL;
    }
    if (d.equals("most") || d.equals("the majority") || d.equals("much") || d.equals("the bulk")) {
      return Approx.MOST;
    }
    if (d.equals("all")
        || d.startsWith("the whole")
        || d.startsWith("the entire")
        || d.equals("fully")
        || d.equals("completely")
        || d.equals("entirely")
        || d.equals("full control")
        || d.endsWith("entirety")) {
      return Approx.ALL;
    }
    return Approx.PART;
  }

  private static Approx approx(Matcher m) {
    String q = m.group("q");
    if (q == null) {
      return Approx.EXACT;
    }
    String s = q.strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "less than",
          "fewer than",
          "under",
          "below",
          "up to",
          "no more than",
          "at most",
          "just under" ->
          Approx.AT_MOST;
      case "more than", "over", "above", "at least", "upwards of", "just over" -> Approx.AT_LEAST;
      case "exactly", "precisely" -> Approx.EXACT;
      default -> Approx.ABOUT;
    };
  }

  private static double toKm2(double value, String unit) {
    double km2;
    if (unit.contains("mi")) {
      km2 = value * Measure.KM2_PER_SQUARE_MILE;
    } else if (unit.startsWith("hectare")) {
      km2 = value / 100;
    } else {
      km2 = value;
    }
    return Math.round(km2 * 10) / 10.0;
  }
}
