package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final DocumentId DOC = new DocumentId("doc-1");

  private static Provenance provenance() {
    return new Provenance(
        new Evidence(DOC, List.of(new Span(10, 20), new Span(0, 5)), null),
        PartialDate.parse("2025-08-15"),
        LocalDate.of(2025, 8, 21),
        Status.UNVERIFIED,
        Attribution.unnamed("sources", List.of("Reuters")),
        0.9,
        "test");
  }

  @Test
  void positionsSortAndDeduplicateTheirRegions() {
    Provision p =
        new Provision(
            ProvisionType.TERRITORY_CEDE,
            Polarity.FOR,
            List.of(RegionId.of("UA-14"), RegionId.of("UA-09"), RegionId.of("UA-14")),
            ActorId.of("RUS"),
            null);
    assertThat(p.regions()).extracting(RegionId::value).containsExactly("UA-09", "UA-14");
  }

  @Test
  void evidenceSpansAreKeptInTextOrder() {
    assertThat(provenance().evidence().spans()).containsExactly(new Span(0, 5), new Span(10, 20));
  }

  @Test
  void everyKindNamesItself() {
    Provision nato = Provision.of(ProvisionType.ALLIANCE_NATO, Polarity.AGAINST);
    List<Claim> claims =
        List.of(
            new Demand(provenance(), ActorId.of("RUS"), "putin", ActorId.of("USA"), nato),
            new Offer(provenance(), ActorId.of("RUS"), null, null, nato),
            new Rejection(provenance(), ActorId.of("UKR"), null, null, nato),
            new Control(
                provenance(),
                ActorId.of("RUS"),
                null,
                List.of(RegionId.of("UA-09")),
                Measure.qualitative(Approx.NEARLY_ALL)),
            new Statement(provenance(), null, "a western official", "words"),
            new Meeting(provenance(), List.of(ActorId.of("trump"), ActorId.of("putin")), "Alaska"));
    assertThat(claims)
        .extracting(ClaimTest::describe)
        .containsExactly(
            "demand alliance.nato",
            "offer alliance.nato",
            "rejection alliance.nato",
            "control UA-09",
            "statement words",
            "meeting putin,trump");
  }

  @Test
  void aStatementNeedsASpeaker() {
    assertThatThrownBy(() -> new Statement(provenance(), null, " ", "words"))
        .hasMessageContaining("holder or an agent");
  }

  @Test
  void allMeasuresImplyTheWholeShare() {
    assertThat(Measure.qualitative(Approx.ALL).share()).isEqualTo(1.0);
    assertThatThrownBy(() -> Measure.share(1.5, Approx.ABOUT)).hasMessageContaining("0..1");
  }

  private static String describe(Claim claim) {
    return switch (claim) {
      case Position p -> p.kind().code() + " " + p.provision().type().code();
      case Control c -> "control " + c.regions().get(0);
      case Statement s -> "statement " + s.quote();
      case Meeting m ->
          "meeting " + String.join(",", m.participants().stream().map(ActorId::value).toList());
    };
  }
}
