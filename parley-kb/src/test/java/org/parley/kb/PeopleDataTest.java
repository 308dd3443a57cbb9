package org.parley.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.ActorId;

/** The people the language layer meets in the corpus, their genders and the shared surnames. */
class PeopleDataTest {
  private static final KnowledgeBase KB = KnowledgeBase.loadDefault();

  private static Person person(String id) {
    return KB.person(ActorId.of(id)).orElseThrow(() -> new AssertionError("missing " + id));
  }

  @ParameterizedTest
  @CsvSource({
    "Anton Vaino,vaino,RUS",
    "Anton Siluanov,siluanov,RUS",
    "Maxim Oreshkin,oreshkin,RUS",
    "Vladimir Kolokoltsev,kolokoltsev,RUS",
    "Tatyana Golikova,golikova,RUS",
    "Maxim Reshetnikov,reshetnikov,RUS",
    "Denis Manturov,manturov,RUS",
    "Alexander Novak,novak,RUS",
    "Marat Khusnullin,khusnullin,RUS",
    "Vitaly Savelyev,savelyev,RUS",
    "Mikhail Murashko,murashko,RUS",
    "Sergei Kiriyenko,kiriyenko,RUS",
    "Olena Zelenska,zelenska,UKR",
    "Viktor Lyashko,lyashko,UKR",
    "Viktor Liashko,lyashko,UKR",
    "Oleh Ustenko,ustenko,UKR",
    "Roman Mashovets,mashovets,UKR",
    "Rostyslav Shurma,shurma,UKR",
    "Andriy Smyrnov,smyrnov,UKR",
    "Ivan Bakanov,bakanov,UKR",
    "Angela Merkel,merkel,DEU",
    "Nancy Pelosi,pelosi,USA",
    "Michael McFaul,mcfaul,USA",
    "Robert Habeck,habeck,DEU",
    "Anders Fogh Rasmussen,rasmussen,DNK",
    "Emomali Rahmon,rahmon,TJK",
    "Sadyr Japarov,japarov,KGZ",
    "Andrej Plenković,plenkovic,HRV",
    "Zuzana Čaputová,caputova,SVK",
    "Zuzana Caputova,caputova,SVK",
    "Kiril Petkov,petkov,BGR",
    "Mariusz Błaszczak,blaszczak,POL",
    "Mariusz Blaszczak,blaszczak,POL",
    "Viola Amherd,amherd,CHE",
    "Amherd,amherd,CHE"
  })
  void namesThePeopleTheCorpusMeets(String name, String id, String party) {
    assertThat(KB.find(name)).extracting(KbEntry::key).containsExactly(id);
    assertThat(person(id).party()).isEqualTo(ActorId.of(party));
  }

  @Test
  void aSharedSurnameIsAHomonymOfBothPeople() {
    assertThat(KB.find("Kostin"))
        .extracting(KbEntry::key)
        .containsExactly("andrei-kostin", "kostin");
    assertThat(person("kostin").party()).isEqualTo(ActorId.of("UKR"));
    assertThat(person("andrei-kostin").party()).isEqualTo(ActorId.of("RUS"));
    assertThat(person("andrei-kostin").titles()).anyMatch(t -> t.contains("VTB"));
    assertThat(KB.find("Andrei Kostin")).extracting(KbEntry::key).containsExactly("andrei-kostin");
    assertThat(KB.find("Andriy Kostin")).extracting(KbEntry::key).containsExactly("kostin");
    assertThat(KB.find("Novak")).extracting(KbEntry::key).contains("novak", "katalin-novak");
    assertThat(KB.find("Rasmussen")).hasSize(2);
    assertThat(KB.find("Japarov")).hasSize(2);
  }

  @Test
  void leavesRussianRegionalHeadsOut() {
    assertThat(KB.find("Murat Kumpilov")).isEmpty();
  }

  @Test
  void givesEveryBundledPersonAGender() {
    assertThat(KB.entries(Person.class)).allSatisfy(p -> assertThat(p.gender().isKnown()).isTrue());
    assertThat(List.of("zakharova", "golikova", "zelenska", "kallas", "merkel", "caputova"))
        .allSatisfy(id -> assertThat(person(id).gender()).isEqualTo(Gender.FEMALE));
    assertThat(List.of("putin", "lavrov", "kostin", "novak", "mcfaul"))
        .allSatisfy(id -> assertThat(person(id).gender()).isEqualTo(Gender.MALE));
  }

  @Test
  void aPersonBuiltWithoutAGenderHasAnUnknownOne() {
    Person p = new Person(ActorId.of("doe"), "Jane Doe", List.of(), ActorId.of("UKR"), List.of());
    assertThat(p.gender()).isEqualTo(Gender.UNKNOWN);
    assertThat(p.gender().isKnown()).isFalse();
  }
}
