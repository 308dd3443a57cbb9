package org.parley.language.time;

import java.util.regex.Pattern;

/**
 * The regular expressions of {@link TimeFinder}, one per kind of expression, over normalised text.
 * Each matches only the core of an expression (a month, a weekday, a year); the words before it
 * ("on", "by late", "less than", "the") are read by {@link Prefixes}, so that no pattern opens with
 * an optional group that the engine would try at every character.
 */
final class TimePatterns {
  static final String MONTH =
      "(?<month>January|February|March|April|May|June|July|August|September|October|November"
          + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\."
          + "|Dec\\.|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
  static final String YEAR = "(?<year>(?:19[5-9]|20[0-4])\\d)";
  static final String DAY = "(?<day>[1-3]?\\d)(?:st|nd|rd|th)?";
  static final String NUM =
      "(?<num>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|a couple of|a few|few|several)";

  static final Pattern FULL_DATE =
      Pattern.compile(
          "\\b(?:"
              + MONTH
              + " "
              + DAY
              + ",? "
              + YEAR
              + "|"
              + DAY.replace("day>", "day2>")
              + " (?:of )?"
              + MONTH.replace("month>", "month2>")
              + ",? "
              + YEAR.replace("year>", "year2>")
              + ")\\b");
  static final Pattern ISO_DATE = Pattern.compile("\\b(?<iso>(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)\\b");
  static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b(?:"
              + MONTH
              + " "
              + DAY
              + "|"
              + DAY.replace("day>", "day2>")
              + " (?:of )?"
              + MONTH.replace("month>", "month2>")
              + ")\\b(?!-?\\d)");
  static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? (?:of )?" + YEAR + "\\b");
  static final Pattern MONTH_ONLY =
      Pattern.compile(
          "\\b(?<month>January|February|March|April|May|June|July|August|September|October"
              + "|November|December)\\b(?! \\d)");
  static final Pattern SEASON =
      Pattern.compile(
          "\\b(?<season>spring|summer|autumn|fall|winter)(?:,? (?:of )?"
              + YEAR
              + "|,? (?<rel>that|this|last|next) year)\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?"
              + "(?:\\s+(?:morning|afternoon|evening|night))?\\b");
  static final Pattern DAY_WORD =
      Pattern.compile(
          "\\b(?<word>yesterday|today|tonight|tomorrow|overnight|last night|this morning"
              + "|this afternoon|this evening|the day before yesterday"
              + "|(?:the day before|a day earlier)"
              + "(?!\\s+(?:the|a|an|his|her|its|their|our|that|this|(?-i:[A-Z0-9]))))\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern PERIOD =
      Pattern.compile(
          "\\b(?<rel>this|last|next|past|previous|coming)(?: (?<n>\\d{1,2}|two|three|four|five"
              + "|six|seven|eight|nine|ten|few|couple of))? (?<unit>weeks?|months?|years?|days?)\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern AGO =
      Pattern.compile(
          "\\b" + NUM + " (?<unit>days?|weeks?|months?|years?) ago\\b", Pattern.CASE_INSENSITIVE);
  static final Pattern YEAR_EDGE =
      Pattern.compile(
          "\\b(?<edge>end|beginning|start|middle|first half|second half) of (?:(?<rel>the|this"
              + "|that|last|next) year|"
              + YEAR
              + ")\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern THAT_YEAR =
      Pattern.compile("\\b(?:that|the same) year\\b", Pattern.CASE_INSENSITIVE);
  static final Pattern BARE_YEAR =
      Pattern.compile(
          "(?<![\\d$,.£€-])\\b"
              + YEAR
              + "\\b(?!(?:,\\d|\\.\\d|-\\d|%| ?percent| per cent| (?:people|troops|soldiers"
              + "|residents|km|kilometres|kilometers|miles|tons|tonnes|dollars|rubles|hryvnias"
              + "|euros|pounds|men|women|children|civilians|units|cases|metres|meters)\\b))");

  private TimePatterns() {}
}
