package org.parley.extract.meeting;

import java.util.List;

/**
 * Who a meeting word says took part: the subject of its verb or support verb, or the main subject
 * of the clause a "during/after the talks" phrase modifies ({@code subject}); those after it ("with
 * X and Y", "between X and Y", "of X", a direct object: {@code objects}); those its own phrase
 * names ("Russian-Ukrainian talks", "the NATO summit", "Putin's meeting": {@code phrase}); and how
 * the word governs them ({@code frame}: verb, support, circumstance, phrase). The object phrase
 * spans normalised [{@code start}, {@code end}).
 */
record ContactReading(
    List<Party> subject,
    List<Party> objects,
    List<Party> phrase,
    String frame,
    int start,
    int end) {
  ContactReading {
    subject = List.copyOf(subject);
    objects = List.copyOf(objects);
    phrase = List.copyOf(phrase);
  }
}
