package org.parley.kb;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

/**
 * What makes an outlet a party's own press office (kremlin.ru, president.gov.ua, whitehouse.gov):
 * the web domains its texts come from, the party it speaks for, the heads whose words its
 * transcripts carry (each from the day they took office) and whether its texts are readouts dated
 * on the day of the events they report. Facts of a conflict, kept as knowledge-base data so that
 * another conflict is added as data.
 */
public record PressOffice(List<String> domains, ActorId party, List<Head> heads, boolean readouts) {
  public PressOffice {
    domains = domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
    Objects.requireNonNull(party, "party");
    heads = heads.stream().sorted(Comparator.comparing(Head::from)).toList();
    if (domains.isEmpty()) {
      throw new IllegalArgumentException("a press office needs at least one domain");
    }
  }

  /** A head of the office's party, in office from {@code from}. */
  public record Head(ActorId person, LocalDate from) {
    public Head {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(from, "from");
    }
  }

  /** The head in office on {@code day}; the latest head when the day is unknown. */
  public Optional<ActorId> head(@Nullable LocalDate day) {
    ActorId found = null;
    for (Head h : heads) {
      if (day == null || !h.from().isAfter(day)) {
        found = h.person();
      }
    }
    return Optional.ofNullable(found);
  }

  /** Whether {@code where} (an outlet name or URL, any case) is one of the office's domains. */
  public boolean publishes(String where) {
    String w = where.toLowerCase(Locale.ROOT);
    return domains.stream().anyMatch(w::contains);
  }
}
