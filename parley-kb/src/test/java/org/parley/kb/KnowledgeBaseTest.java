package org.parley.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

class KnowledgeBaseTest {
  private final KnowledgeBase kb = KnowledgeBase.loadDefault();

  @Test
  void loadDefaultReturnsOneSharedInstance() {
    assertThat(KnowledgeBase.loadDefault()).isSameAs(kb);
    assertThat(KnowledgeBase.load(List.of())).isSameAs(kb);
  }

  @Test
  void looksUpEachKindById() {
    assertThat(kb.actor(ActorId.of("RUS")).orElseThrow().metonyms()).contains("Moscow", "Kremlin");
    assertThat(kb.person(ActorId.of("putin")).orElseThrow().party()).isEqualTo(ActorId.of("RUS"));
    assertThat(kb.region(RegionId.of("UA-14")).orElseThrow().kind()).isEqualTo(RegionKind.OBLAST);
    assertThat(kb.aggregate("donbas").orElseThrow().regions()).hasSize(2);
    assertThat(kb.place("bakhmut").orElseThrow().region()).isEqualTo(RegionId.of("UA-14"));
  }

  @Test
  void aLookupOfTheWrongKindIsEmpty() {
    assertThat(kb.person(ActorId.of("RUS"))).isEmpty();
    assertThat(kb.actor(ActorId.of("putin"))).isEmpty();
    assertThat(kb.aggregate("bakhmut")).isEmpty();
  }

  @Test
  void findReturnsNothingForAnUnknownName() {
    assertThat(kb.find("Atlantis")).isEmpty();
    assertThat(kb.expand("Atlantis")).isEmpty();
  }

  @Test
  void findOrdersActorsBeforeRegionsBeforePlaces() {
    assertThat(kb.find("Kyiv")).extracting(KbEntry::key).containsExactly("UKR", "UA-30");
    assertThat(kb.find("the Kharkiv’s"))
        .extracting(KbEntry::key)
        .containsExactly("UA-63", "kharkiv-city");
  }

  @Test
  void expandTakesIdsAsWellAsNames() {
    assertThat(kb.expand("UA-14")).containsExactly(RegionId.of("UA-14"));
    assertThat(kb.expand("donbas")).containsExactly(RegionId.of("UA-09"), RegionId.of("UA-14"));
    assertThat(kb.expand("bakhmut")).containsExactly(RegionId.of("UA-14"));
    assertThat(kb.expand("LPR")).containsExactly(RegionId.of("UA-09"));
    assertThat(kb.expand("RUS")).as("a state stands for no region").isEmpty();
    assertThat(kb.expand("Kyiv")).containsExactly(RegionId.of("UA-30"));
  }

  @Test
  void aliasesAreEveryFormInADeterministicOrder() {
    List<Alias> aliases = new ArrayList<>(kb.aliases());
    assertThat(aliases.get(0).entry().kindName()).isEqualTo("state");
    assertThat(aliases).anySatisfy(a -> assertThat(a.form()).isEqualTo("Zaporozhye"));
    assertThat(aliases)
        .filteredOn(a -> a.entry().key().equals("RUS"))
        .extracting(Alias::form)
        .startsWith("Russia", "Russian Federation", "Russian", "Russians", "Moscow");
    assertThat(KnowledgeBase.load(List.of(Path.of("/dev/null"))).aliases())
        .containsExactlyElementsOf(aliases);
  }

  @Test
  void itsCollectionsCannotBeModified() {
    assertThatThrownBy(() -> kb.aliases().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kb.entries().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kb.find("Kyiv").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void answersTheSameFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<RegionId>>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String name = i % 2 == 0 ? "Donbass" : "the Donbas";
        answers.add(pool.submit(() -> kb.expand(name)));
      }
      for (Future<List<RegionId>> f : answers) {
        assertThat(f.get()).containsExactly(RegionId.of("UA-09"), RegionId.of("UA-14"));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void suggestsNearMatchesForAMisspelling() {
    assertThat(kb.suggest("Zaporozhe", 3)).contains("Zaporozhye");
    assertThat(kb.suggest("Zelenskky", 3)).contains("Zelenskyy");
    assertThat(kb.suggest("qqqqqqq", 3)).isEmpty();
  }

  @Test
  void theReadmeExampleUserFileLoads(@TempDir Path dir) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```\n", readme.indexOf("Example user file")) + 4;
    String example = readme.substring(start, readme.indexOf("```", start));
    Path file = Files.writeString(dir.resolve("my.tsv"), example);
    KnowledgeBase mine = KnowledgeBase.load(List.of(file));
    assertThat(mine.find("Novy Svet")).extracting(KbEntry::key).containsExactly("novyi-svit");
    assertThat(mine.person(ActorId.of("doe")).orElseThrow().party()).isEqualTo(ActorId.of("GBR"));
    assertThat(mine.notes()).hasSize(2);
  }
}
