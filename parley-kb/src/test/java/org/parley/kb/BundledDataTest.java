package org.parley.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/** Checks the facts and forms of the bundled data files that the rest of Parley relies on. */
class BundledDataTest {
  private static final KnowledgeBase KB = KnowledgeBase.loadDefault();

  private static final List<String> UA_UNITS =
      List.of(
          "UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26", "UA-30",
          "UA-32", "UA-35", "UA-40", "UA-43", "UA-46", "UA-48", "UA-51", "UA-53", "UA-56", "UA-59",
          "UA-61", "UA-63", "UA-65", "UA-68", "UA-71", "UA-74", "UA-77");

  private static List<String> keys(String mention) {
    return KB.find(mention).stream().map(KbEntry::key).toList();
  }

  @Test
  void hasAll27UkrainianUnitsWithAreasSummingToUkraine() {
    List<Region> units =
        KB.entries(Region.class).stream()
            .filter(r -> r.id().country().equals("UA") && !r.id().isCountry())
            .toList();
    assertThat(units).extracting(r -> r.id().value()).containsExactlyElementsOf(UA_UNITS);
    double sum = units.stream().mapToDouble(Region::areaKm2).sum();
    assertThat(sum).isCloseTo(603_628, within(6_036.0));
    assertThat(KB.region(RegionId.of("UA")).orElseThrow().areaKm2()).isEqualTo(603_628);
  }

  @Test
  void everyUkrainianUnitHasAPopulation() {
    assertThat(UA_UNITS)
        .allSatisfy(
            id -> assertThat(KB.region(RegionId.of(id)).orElseThrow().population()).isPresent());
  }

  @Test
  void hasTheRussianBorderRegions() {
    assertThat(List.of("RU-KRS", "RU-BEL", "RU-BRY"))
        .allSatisfy(id -> assertThat(KB.region(RegionId.of(id))).isPresent());
  }

  @ParameterizedTest
  @CsvSource({
    "Kharkiv,UA-63",
    "Kharkov,UA-63",
    "Luhansk,UA-09",
    "Lugansk,UA-09",
    "Zaporizhzhia,UA-23",
    "Zaporizhia,UA-23",
    "Zaporozhye,UA-23",
    "Odesa,UA-51",
    "Odessa,UA-51",
    "Dnipropetrovsk,UA-12",
    "Dnepropetrovsk,UA-12",
    "Mykolaiv,UA-48",
    "Nikolaev,UA-48",
    "Kyiv,UA-30",
    "Kiev,UA-30",
    "Chernihiv,UA-74",
    "Chernigov,UA-74",
    "Crimea,UA-43",
    "Sevastopol,UA-40",
    "Donetsk region,UA-14",
    "Donetsk oblast,UA-14",
    "Donetsk Oblast,UA-14",
    "Donetska oblast,UA-14",
    "the Kharkiv region,UA-63",
    "Kyiv region,UA-32",
    "Kiev oblast,UA-32",
    "Kursk region,RU-KRS",
    "Belgorod,RU-BEL",
    "Bryansk Oblast,RU-BRY"
  })
  void regionSpellingsResolve(String mention, String region) {
    assertThat(KB.expand(mention)).contains(RegionId.of(region));
    assertThat(KB.find(mention)).anySatisfy(e -> assertThat(e).isInstanceOf(Region.class));
  }

  @ParameterizedTest
  @CsvSource({
    "Zelensky,zelensky",
    "Zelenskyy,zelensky",
    "Zelenskiy,zelensky",
    "President Zelenskyy’s,",
    "Podolyak,podolyak",
    "Podoliak,podolyak",
    "Erdogan,erdogan",
    "Erdoğan,erdogan",
    "Nebenzia,nebenzya",
    "Haidai,haidai",
    "Gaidai,haidai",
    "Lukashenka,lukashenko",
    "Ursula von der Leyen,von-der-leyen",
    "von der Leyen,von-der-leyen",
    "Wang Yi,wang",
    "Vitaliy Kim,kim",
    "Kyrylo Tymoshenko,tymoshenko",
    "Mohammed bin Salman,al-saud",
    "Sergey Lavrov,lavrov",
    "Dmitri Peskov,peskov",
    "Steve Witkoff,witkoff",
    "JD Vance,vance",
    "Çavuşoğlu,cavusoglu",
    "Cavusoglu,cavusoglu"
  })
  void personSpellingsResolve(String mention, String person) {
    if (person == null) {
      assertThat(KB.find(mention)).as("titles are not aliases").isEmpty();
    } else {
      assertThat(keys(mention)).contains(person);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "Moscow,RUS",
    "the Kremlin,RUS",
    "Kyiv,UKR",
    "Kiev,UKR",
    "Washington,USA",
    "the White House,USA",
    "the Pentagon,USA",
    "the State Department,USA",
    "Downing Street,GBR",
    "London,GBR",
    "Paris,FRA",
    "the Elysee,FRA",
    "the Élysée,FRA",
    "Berlin,DEU",
    "Beijing,CHN",
    "Ankara,TUR",
    "Minsk,BLR",
    "Brussels,EU"
  })
  void metonymsResolveToTheirState(String mention, String actor) {
    assertThat(KB.readings(mention))
        .anySatisfy(
            a -> {
              assertThat(a.entry().key()).isEqualTo(actor);
              assertThat(a.reading()).isEqualTo(Reading.METONYM);
            });
  }

  @ParameterizedTest
  @CsvSource({
    "Russian,RUS",
    "Ukrainian,UKR",
    "American,USA",
    "British,GBR",
    "French,FRA",
    "German,DEU",
    "Chinese,CHN",
    "Turkish,TUR",
    "Belarusian,BLR"
  })
  void adjectivesResolveToTheirState(String mention, String actor) {
    assertThat(KB.readings(mention))
        .singleElement()
        .satisfies(a -> assertThat(a.reading()).isEqualTo(Reading.ADJECTIVE))
        .satisfies(a -> assertThat(a.entry().key()).isEqualTo(actor));
  }

  @Test
  void kyivIsBothTheStateAsMetonymAndTheCityRegion() {
    assertThat(KB.readings("Kyiv"))
        .extracting(a -> a.entry().key() + "/" + a.reading())
        .containsExactly("UKR/METONYM", "UA-30/NAME");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kharkiv",
        "Kherson",
        "Donetsk",
        "Luhansk",
        "Zaporizhzhia",
        "Sumy",
        "Mykolaiv",
        "Odesa",
        "Chernihiv"
      })
  void aCityNamedLikeItsRegionHasACityReadingOfTheSameRegion(String name) {
    List<KbEntry> entries = KB.find(name);
    assertThat(entries).hasSize(2);
    Region region = (Region) entries.get(0);
    Place city = (Place) entries.get(1);
    assertThat(city.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(city.region()).isEqualTo(region.id());
    assertThat(KB.find("the city of " + name)).containsExactly(city);
    assertThat(KB.find(name + " region")).containsExactly(region);
  }

  @Test
  void expandsTheDonbasAndTheAnnexedRegions() {
    List<RegionId> donbas = List.of(RegionId.of("UA-09"), RegionId.of("UA-14"));
    assertThat(KB.expand("Donbas")).isEqualTo(donbas);
    assertThat(KB.expand("the Donbass")).isEqualTo(donbas);
    assertThat(KB.expand("the Donbas region")).isEqualTo(donbas);
    List<RegionId> four =
        List.of(
            RegionId.of("UA-09"), RegionId.of("UA-14"), RegionId.of("UA-23"), RegionId.of("UA-65"));
    assertThat(KB.expand("the four annexed regions")).isEqualTo(four);
    assertThat(KB.expand("four regions")).isEqualTo(four);
    assertThat(KB.expand("new regions")).isEqualTo(four);
  }

  @Test
  void placeSpellingsResolveToTheirOblast() {
    assertThat(KB.expand("Severodonetsk")).containsExactly(RegionId.of("UA-09"));
    assertThat(KB.expand("Sievierodonetsk")).containsExactly(RegionId.of("UA-09"));
    assertThat(KB.expand("Sievierdonetsk")).containsExactly(RegionId.of("UA-09"));
    assertThat(KB.expand("Artemovsk")).containsExactly(RegionId.of("UA-14"));
    assertThat(KB.expand("Slavyansk")).containsExactly(RegionId.of("UA-14"));
    assertThat(KB.expand("Energodar")).containsExactly(RegionId.of("UA-23"));
    assertThat(KB.expand("Berdyansk")).containsExactly(RegionId.of("UA-23"));
    assertThat(KB.expand("Izyum")).containsExactly(RegionId.of("UA-63"));
    assertThat(KB.expand("Chernobyl")).containsExactly(RegionId.of("UA-32"));
    assertThat(KB.expand("the Chornobyl Exclusion Zone")).containsExactly(RegionId.of("UA-32"));
    assertThat(KB.expand("Snake Island")).containsExactly(RegionId.of("UA-51"));
    assertThat(KB.expand("Zmiinyi")).containsExactly(RegionId.of("UA-51"));
    assertThat(KB.expand("Sudzha")).containsExactly(RegionId.of("RU-KRS"));
    assertThat(KB.expand("Popasna")).containsExactly(RegionId.of("UA-09"));
  }

  @ParameterizedTest
  @CsvSource({
    "Lysychansk,UA-09",
    "Rubizhne,UA-09",
    "Popansa,UA-09",
    "Soledar,UA-14",
    "Avdiivka,UA-14",
    "Mariupol,UA-14",
    "Kramatorsk,UA-14",
    "Pokrovsk,UA-14",
    "Kostiantynivka,UA-14",
    "Chasiv Yar,UA-14",
    "Toretsk,UA-14",
    "Vuhledar,UA-14",
    "Marinka,UA-14",
    "Horlivka,UA-14",
    "Makiivka,UA-14",
    "Debaltseve,UA-14",
    "Lyman,UA-14",
    "Siversk,UA-14",
    "Kurakhove,UA-14",
    "Volnovakha,UA-14",
    "Azovstal,UA-14",
    "Melitopol,UA-23",
    "Berdiansk,UA-23",
    "Tokmak,UA-23",
    "Orikhiv,UA-23",
    "Huliaipole,UA-23",
    "Zaporizhzhia nuclear power plant,UA-23",
    "Nova Kakhovka,UA-65",
    "Henichesk,UA-65",
    "Oleshky,UA-65",
    "Kupiansk,UA-63",
    "Balakliia,UA-63",
    "Vovchansk,UA-63",
    "Chuhuiv,UA-63",
    "Bucha,UA-32",
    "Irpin,UA-32",
    "Hostomel,UA-32",
    "Borodianka,UA-32",
    "Snihurivka,UA-48",
    "Okhtyrka,UA-59",
    "Trostianets,UA-59",
    "Nikopol,UA-12",
    "Kryvyi Rih,UA-12",
    "Dnipro,UA-12",
    "Pavlohrad,UA-12",
    "Simferopol,UA-43",
    "Kerch,UA-43",
    "Yalta,UA-43",
    "Odesa city,UA-51",
    "the city of Sumy,UA-59",
    "Mykolaiv city,UA-48",
    "Chernihiv city,UA-74",
    "Kursk city,RU-KRS",
    "Belgorod city,RU-BEL"
  })
  void warZonePlacesResolveToTheirRegion(String mention, String region) {
    assertThat(KB.find(mention)).anySatisfy(e -> assertThat(e).isInstanceOf(Place.class));
    assertThat(KB.expand(mention)).containsExactly(RegionId.of(region));
  }

  @Test
  void usFormsResolveToTheUnitedStates() {
    assertThat(keys("U.S.")).containsExactly("USA");
    assertThat(keys("US")).containsExactly("USA");
    assertThat(keys("the United States")).containsExactly("USA");
  }

  @Test
  void hasTheStatesTheContractNames() {
    String states =
        "RUS UKR USA BLR GBR FRA DEU CHN TUR POL ITA ISR VEN KAZ EGY IND BRA ZAF SAU ARE QAT HUN CAN"
            + " JPN MDA GEO IRN PRK SYR FIN SWE NOR EST LVA LTU VAT CHE AUT NLD BEL DNK ESP SVK CZE"
            + " ROU BGR GRC HRV SRB ARM AZE UZB TJK KGZ TKM MEX ARG AUS KOR IDN PAK";
    for (String id : states.split(" ")) {
      assertThat(KB.actor(ActorId.of(id)))
          .as(id)
          .hasValueSatisfying(a -> assertThat(a.type()).isEqualTo(ActorType.STATE));
    }
  }

  @Test
  void hasTheOrganisationsAndEntities() {
    for (String id :
        "NATO EU UN OSCE IAEA ICRC UNICEF WHO ICC GVII GXX CSTO BRICS SCO CIS IMF".split(" ")) {
      assertThat(KB.actor(ActorId.of(id))).as(id).isPresent();
    }
    assertThat(keys("G7")).containsExactly("GVII");
    assertThat(keys("UN Security Council")).containsExactly("UN");
    assertThat(keys("the European Commission")).containsExactly("EU");
    assertThat(KB.actor(ActorId.of("DPR")).orElseThrow().territory())
        .containsExactly(RegionId.of("UA-14"));
    assertThat(KB.actor(ActorId.of("LPR")).orElseThrow().territory())
        .containsExactly(RegionId.of("UA-09"));
    assertThat(KB.expand("DPR")).containsExactly(RegionId.of("UA-14"));
  }

  @Test
  void hasThePeopleOfTheNegotiations() {
    String people =
        "putin lavrov peskov ushakov medinsky dmitriev shoigu belousov gerasimov zakharova nebenzya"
            + " medvedev patrushev kozak ryabkov galuzin matviyenko volodin mishustin pushilin"
            + " pasechnik saldo balitsky kadyrov prigozhin zelensky yermak podolyak arakhamia kuleba"
            + " sybiha umerov reznikov shmyhal svyrydenko vereshchuk zaluzhny syrskyi budanov"
            + " stefanchuk danilov kyslytsya klitschko haidai lubinets humeniuk lazebna herasymchuk"
            + " yusov lytvynenko fedorov venediktova kim tymoshenko trump biden vance rubio witkoff"
            + " kellogg hegseth waltz blinken austin sullivan harris kirby price miller burns nuland"
            + " milley brown macron scholz merz starmer johnson sunak truss meloni draghi tusk duda"
            + " morawiecki orban stoltenberg rutte von-der-leyen michel costa borrell kallas guterres"
            + " grossi erdogan cavusoglu fidan kalin bennett lapid netanyahu maduro tokayev sisi xi"
            + " wang modi lula ramaphosa lukashenko makei sassoli metsola niinisto stubb nehammer"
            + " al-saud al-thani";
    for (String id : people.split(" ")) {
      Person p = KB.person(ActorId.of(id)).orElseThrow(() -> new AssertionError("missing " + id));
      assertThat(KB.actor(p.party())).as(id + "'s party").isPresent();
      assertThat(p.titles()).as(id + "'s titles").isNotEmpty();
    }
    assertThat(KB.entries(Person.class)).hasSizeGreaterThanOrEqualTo(120);
  }

  @Test
  void hasAbout150PlacesAllInKnownRegions() {
    assertThat(KB.entries(Place.class)).hasSizeGreaterThanOrEqualTo(150);
  }
}
