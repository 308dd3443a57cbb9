package org.parley.language.time;

import java.util.regex.Pattern;

/**
 * The regular expressions of {@link TimeFinder}, one per kind of expression, over normalised text.
 */
final class TimePatterns {
  static final String PREP =
      "(?:(?<prep>(?i:on|in|since|by|until|till|before|after|as of|from|during|through|throughout"
          + "|starting|beginning|on or before|on or after|no later than|not later than))\\s+)?";
  static final String MONTH =
      "(?<month>January|February|March|April|May|June|July|August|September|October|November"
          + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\."
          + "|Dec\\.|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
  static final String PART = "(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he end of|[Ee]nd of)[- ])?";
  static final String YEAR = "(?<year>(?:19[5-9]|20[0-4])\\d)";
  static final String DAY = "(?<day>[1-3]?\\d)(?:st|nd|rd|th)?";
  static final String NUM =
      "(?<num>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|a couple of|a few|few|several)";

  static final Pattern FULL_DATE =
      Pattern.compile(
          "\\b"
              + PREP
              + "(?:"
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
  static final Pattern ISO_DATE =
      Pattern.compile("\\b" + PREP + "(?<iso>(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)\\b");
  static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b"
              + PREP
              + "(?:"
              + MONTH
              + " "
              + DAY
              + "|"
              + DAY.replace("day>", "day2>")
              + " (?:of )?"
              + MONTH.replace("month>", "month2>")
              + ")\\b(?!-?\\d)");
  static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + PREP + PART + MONTH + ",? (?:of )?" + YEAR + "\\b");
  static final Pattern MONTH_ONLY =
      Pattern.compile(
          "\\b"
              + PREP
              + PART
              + "(?<month>January|February|March|April|May|June|July|August|September|October"
              + "|November|December)\\b(?! \\d)");
  static final Pattern SEASON =
      Pattern.compile(
          "\\b"
              + PREP
              + "(?:(?<part>early|mid|late)[- ]?)?(?<season>spring|summer|autumn|fall|winter)"
              + "(?:,? (?:of )?"
              + YEAR
              + "|,? (?<rel>that|this|last|next) year)\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:(?<prep>[Oo]n|[Ll]ast|[Tt]his|[Nn]ext|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter"
              + "|[Ff]rom|[Ee]arlier on|[Ll]ater on)\\s+)?"
              + "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?"
              + "(?:\\s+(?:morning|afternoon|evening|night))?\\b");
  static final Pattern DAY_WORD =
      Pattern.compile(
          "\\b(?<word>yesterday|today|tonight|tomorrow|overnight|last night|this morning"
              + "|this afternoon|this evening)\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern PERIOD =
      Pattern.compile(
          "\\b(?:(?<prep>earlier|later|since|by|until|in|during)\\s+)?(?:(?<edge>earlier|later)"
              + " )?(?<rel>this|last|next|the past|the last|the previous|the coming|past"
              + "|previous|coming)(?: (?<n>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"
              + "|few|couple of))? (?<unit>weeks?|months?|years?|days?)\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern AGO =
      Pattern.compile(
          "\\b(?:(?<bound>less than|more than|nearly|almost|about|around|over|under|some"
              + "|just over|just under|roughly) )?"
              + NUM
              + " (?<unit>days?|weeks?|months?|years?) ago\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern YEAR_EDGE =
      Pattern.compile(
          "\\b"
              + PREP
              + "(?:the )?(?<edge>end|beginning|start|middle|first half|second half) of"
              + " (?:(?<rel>the|this|that|last|next) year|"
              + YEAR
              + ")\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern THAT_YEAR =
      Pattern.compile("\\b" + PREP + "(?:that|the same) year\\b", Pattern.CASE_INSENSITIVE);
  static final Pattern BARE_YEAR =
      Pattern.compile(
          "(?<![\\d$,.£€-])\\b"
              + PREP
              + YEAR
              + "\\b(?!(?:,\\d|\\.\\d|-\\d|%| ?percent| per cent| (?:people|troops|soldiers"
              + "|residents|km|kilometres|kilometers|miles|tons|tonnes|dollars|rubles|hryvnias"
              + "|euros|pounds|men|women|children|civilians|units|cases|metres|meters)\\b))");

  private TimePatterns() {}
}
