package org.parley.extract.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Claim;
import org.parley.model.Meeting;

/**
 * The meeting corpus ({@code meetings.txt}): passages we wrote, each with the meetings the rules
 * must read from it, decided without a model. Every mechanism of the candidate rules has its
 * phrases that must give a meeting and those that must not.
 */
class MeetingCorpusTest {
  /** One corpus line. */
  record Case(String date, String outlet, String text, String expected) {
    @Override
    public String toString() {
      return text.length() > 70 ? text.substring(0, 70) + "…" : text;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in =
        Objects.requireNonNull(MeetingCorpusTest.class.getResourceAsStream("meetings.txt"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(" \\| ");
        out.add(new Case(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheMeetingsOfEachPassage(Case c) {
    List<Claim> found =
        Meetings.find(Meetings.document(c.outlet(), LocalDate.parse(c.date()), null, c.text()));
    List<String> actual = found.stream().map(m -> describe((Meeting) m)).toList();
    List<String> expected =
        c.expected().equals("none") ? List.of() : List.of(c.expected().split(" && "));
    assertThat(actual).containsExactlyInAnyOrderElementsOf(normalised(expected));
  }

  private static List<String> normalised(List<String> expected) {
    List<String> out = new ArrayList<>();
    for (String e : expected) {
      String[] f = e.split(";");
      List<String> who = new ArrayList<>(List.of(f[0].strip().split(",")));
      who.replaceAll(String::strip);
      who.sort(null);
      out.add(String.join(",", who) + " ; " + f[1].strip() + " ; " + f[2].strip());
    }
    return out;
  }

  private static String describe(Meeting m) {
    String who = String.join(",", m.participants().stream().map(Object::toString).toList());
    String place = m.place() == null ? "-" : m.place();
    Object time = m.provenance().validTime() == null ? "-" : m.provenance().validTime();
    return who + " ; " + place + " ; " + time;
  }
}
