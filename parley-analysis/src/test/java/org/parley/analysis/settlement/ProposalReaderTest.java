package org.parley.analysis.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.territory.TerritoryFixture;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

class ProposalReaderTest {
  @TempDir Path dir;
  private final ProposalReader reader = new ProposalReader();

  private Proposal read(String yaml) {
    return reader.read(TerritoryFixture.write(dir.resolve("p.yaml"), yaml));
  }

  @Test
  void readsTheShippedAlaskaExample() {
    Proposal p = reader.read(Path.of("../docs/examples/alaska-2025.yaml"));
    assertThat(p.name()).startsWith("Alaska package");
    assertThat(p.reference()).isEqualTo(LocalDate.of(2025, 8, 15));
    assertThat(p.terms())
        .extracting(Term::action)
        .containsExactly(TermAction.CEDE, TermAction.FREEZE, TermAction.RETURN);
    Term cede = p.terms().get(0);
    assertThat(cede.regions()).containsExactly(RegionId.of("UA-14"), RegionId.of("UA-09"));
    assertThat(cede.party()).isEqualTo(ActorId.of("RUS"));
    assertThat(p.terms().get(2).partial()).isTrue();
  }

  @Test
  void readsSharesAreasASingleRegionAndAMapBesideTheFile() {
    Proposal p =
        read(
            """
            name: test
            map: maps/deepstatemap_data_20250815.geojson
            terms:
              - withdraw: UA-65
                who: RUS
                share: 0.5
              - cede: [UA-23]
                to: RUS
                area_km2: 1200
            """);
    assertThat(p.map()).isEqualTo(dir.resolve("maps/deepstatemap_data_20250815.geojson"));
    assertThat(p.terms().get(0).regions()).containsExactly(RegionId.of("UA-65"));
    assertThat(p.terms().get(0).share()).isEqualTo(0.5);
    assertThat(p.terms().get(1).areaKm2()).isEqualTo(1200.0);
  }

  @Test
  void aMisspeltKeyIsAnErrorNamingThePlace() {
    assertThatThrownBy(
            () -> read("name: x\nterms:\n  - cede: UA-14\n    to: RUS\n    shares: 0.5\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p.yaml")
        .hasMessageContaining("terms[0]")
        .hasMessageContaining("unknown key 'shares'");
  }

  @Test
  void aTermNeedsExactlyOneActionAndItsOwnPartyKey() {
    assertThatThrownBy(() -> read("name: x\nterms:\n  - cede: UA-14\n    freeze: UA-09\n"))
        .hasMessageContaining("exactly one of cede, withdraw, freeze, return");
    assertThatThrownBy(() -> read("name: x\nterms:\n  - cede: UA-14\n    by: RUS\n"))
        .hasMessageContaining("'by' does not go with cede (use 'to')");
    assertThatThrownBy(() -> read("name: x\nterms:\n  - return: UA-63\n"))
        .hasMessageContaining("return needs a party (by)");
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> read("name: x\nterms:\n  - cede: Donetsk\n    to: RUS\n"))
        .hasMessageContaining("terms[0].cede")
        .hasMessageContaining("Donetsk");
    assertThatThrownBy(() -> read("name: x\nterms:\n  - cede: UA-14\n    to: RUS\n    share: 2\n"))
        .hasMessageContaining("share must lie in (0, 1]");
    assertThatThrownBy(() -> read("name: x\nreference: soon\nterms:\n  - freeze: UA-14\n"))
        .hasMessageContaining("reference");
    assertThatThrownBy(() -> read("- just a list")).hasMessageContaining("mapping");
  }
}
