package org.parley.extract.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.kb.Theatre;
import org.parley.language.text.Word;

/**
 * Where a meeting took place: the capitalised name after "in" or "at" nearest the meeting word in
 * its clause, after it first ("talks in Istanbul", "met ... at the White House"), then before it
 * ("In Geneva, the two sides met"). Calls and video links get no place, nor does a country of the
 * theatre ("in Ukraine"). Immutable.
 */
final class MeetingPlaces {
  private static final Set<String> NOT_PLACES =
      FunctionWords.words(
          "january february march april may june july august september october "
              + "november december monday tuesday wednesday thursday friday saturday sunday "
              + "the a his her their its our this that order particular addition response "
              + "support turn fact general total person contrast");
  private static final Set<String> PLACE_WORDS = Set.of("in", "at");
  private static final Set<String> VISIT_WORDS = Set.of("to");
  private static final Set<String> TRIPS = Set.of("visit", "trip", "journey");

  /** The names of the theatre's sides ("ukraine", "russia"): a war's countries are no venue. */
  private final Set<String> wholeCountries;

  MeetingPlaces(Theatre theatre) {
    this.wholeCountries =
        theatre.sides().stream()
            .map(s -> s.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** The place of trigger {@code t} in a sentence of words {@code ws}, within [from, to). */
  @Nullable String of(List<Word> ws, Trigger t, int from, int to) {
    if (t.kind() == ContactKind.CALL) {
      return null;
    }
    if (t.kind() == ContactKind.VISIT) {
      String p = visited(ws, t);
      if (p != null) {
        return p;
      }
    }
    for (int k = t.word() + 1; k < ws.size() && ws.get(k).start() < to; k++) {
      String p = placeNear(ws, k);
      if (p != null) {
        return p;
      }
    }
    for (int k = t.word() - 1; k >= 0 && ws.get(k).start() >= from; k--) {
      String p = placeNear(ws, k);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** The place after word {@code k}: "in Geneva", "at the Kremlin", "on a visit to Moscow". */
  private @Nullable String placeNear(List<Word> ws, int k) {
    String p = placeAt(ws, k, PLACE_WORDS);
    if (p == null && k > 0 && TRIPS.contains(ws.get(k - 1).key())) {
      p = placeAt(ws, k, VISIT_WORDS);
    }
    return p;
  }

  /** The place a visit names: "visited Kyiv", "a visit to Moscow". */
  private @Nullable String visited(List<Word> ws, Trigger t) {
    int k = t.word();
    if (k + 1 >= ws.size()) {
      return null;
    }
    return t.verb() ? placeAt(ws, k, Set.of(ws.get(k).key())) : placeAt(ws, k + 1, VISIT_WORDS);
  }

  /** The place named after a word of {@code words} at {@code k}, or null. */
  private @Nullable String placeAt(List<Word> ws, int k, Set<String> words) {
    if (!words.contains(ws.get(k).key()) || k + 1 >= ws.size()) {
      return null;
    }
    int n = k + 1;
    if (ws.get(n).key().equals("the") && n + 1 < ws.size()) {
      n++;
    }
    Word first = ws.get(n);
    if (!first.isCapitalized()
        || NOT_PLACES.contains(first.key())
        || wholeCountries.contains(first.key())) {
      return null;
    }
    if (n + 1 < ws.size() && ws.get(n + 1).key().equals("format")) {
      return null;
    }
    StringBuilder name = new StringBuilder(first.raw());
    if (n + 1 < ws.size() && ws.get(n + 1).isCapitalized() && !ws.get(n + 1).hyphenated()) {
      name.append(' ').append(ws.get(n + 1).raw());
    }
    return name.toString();
  }
}
