package org.parley.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.RegionId;

/** Meeting venues abroad (places in foreign ISO 3166-2 regions) and the outlets. */
class VenuesAndOutletsDataTest {
  private static final KnowledgeBase KB = KnowledgeBase.loadDefault();

  @ParameterizedTest
  @CsvSource({
    "Alaska,US-AK",
    "Anchorage,US-AK",
    "Istanbul,TR-34",
    "Dolmabahce Palace,TR-34",
    "Antalya,TR-07",
    "Geneva,CH-GE",
    "Gomel,BY-HO",
    "Belovezhskaya Pushcha,BY-BR",
    "Jeddah,SA-02",
    "Riyadh,SA-01",
    "Minsk,BY-HM",
    "Brussels,BE-BRU",
    "Bürgenstock,CH-NW",
    "Burgenstock,CH-NW",
    "Davos,CH-GR",
    "Munich,DE-BY",
    "Madrid,ES-M",
    "Vilnius,LT-VL",
    "Washington,US-DC",
    "Washington DC,US-DC"
  })
  void venuesAbroadLieInTheirCountrysRegion(String venue, String region) {
    assertThat(KB.expand(venue)).containsExactly(RegionId.of(region));
    Region r = KB.region(RegionId.of(region)).orElseThrow();
    assertThat(r.kind()).isEqualTo(RegionKind.SUBDIVISION);
    assertThat(r.id().country()).isNotIn("UA", "RU");
  }

  @Test
  void aCapitalThatIsAVenueStillStandsForItsGovernment() {
    assertThat(KB.find("Minsk")).extracting(KbEntry::key).containsExactly("BLR", "minsk");
    assertThat(KB.find("Washington"))
        .extracting(KbEntry::key)
        .containsExactly("USA", "washington-dc");
    assertThat(KB.find("Brussels")).extracting(KbEntry::key).containsExactly("EU", "brussels");
  }

  @ParameterizedTest
  @CsvSource({
    "Reuters,Reuters",
    "the New York Times,The New York Times",
    "NYT,The New York Times",
    "the AP,Associated Press",
    "Agence France Presse,Agence France-Presse",
    "the ISW,Institute for the Study of War",
    "Tass,TASS"
  })
  void findsAnOutletByAnyOfItsForms(String form, String name) {
    assertThat(KB.outletNamed(form)).get().extracting(Outlet::name).isEqualTo(name);
  }

  @Test
  void outletsAreNotEntries() {
    assertThat(KB.find("Reuters")).isEmpty();
    assertThat(KB.outlets()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(KB.outlet("isw").orElseThrow().kind()).isEqualTo(OutletKind.INSTITUTE);
    assertThat(KB.outlet("reuters").orElseThrow().forms()).startsWith("Reuters");
  }
}
