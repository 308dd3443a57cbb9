package org.parley.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

class KbLoaderTest {
  @TempDir Path dir;

  private KnowledgeBase load(String... lines) {
    return KnowledgeBase.load(List.of(KbFiles.write(dir, "user.tsv", lines)));
  }

  private void assertProblem(String expected, String... lines) {
    Path file = KbFiles.write(dir, "user.tsv", lines);
    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbFormatException.class)
        .hasMessageContaining(file + ":")
        .hasMessageContaining(expected);
  }

  @Test
  void aPlaceMayCarryItsCoordinates() {
    KnowledgeBase kb =
        load(
            "place\tx\tX\tregion=UA-14\tkind=town\tlat=48.59\tlon=38.0",
            "place\ty\tY\tregion=UA-14\tkind=town");
    assertThat(kb.place("x").orElseThrow().point()).contains(new GeoPoint(48.59, 38.0));
    assertThat(kb.place("y").orElseThrow().point()).isEmpty();
  }

  @Test
  void coordinatesOutOfRangeOrAloneAreRejectedWithFileAndLine() {
    assertProblem(
        "user.tsv:2: place x: latitude 91.0 is outside -90..90",
        "# c",
        "place\tx\tX\tregion=UA-14\tkind=town\tlat=91\tlon=38");
    assertProblem(
        "user.tsv:1: place x: longitude -180.5 is outside -180..180",
        "place\tx\tX\tregion=UA-14\tkind=town\tlat=48\tlon=-180.5");
    assertProblem(
        "user.tsv:1: place x: lat= and lon= go together (lon= is missing)",
        "place\tx\tX\tregion=UA-14\tkind=town\tlat=48");
    assertProblem(
        "user.tsv:1: place x: 'north' is not a latitude in degrees",
        "place\tx\tX\tregion=UA-14\tkind=town\tlat=north\tlon=38");
  }

  @Test
  void addsTheEntriesOfAUserFile() {
    KnowledgeBase kb =
        load(
            "# a comment, then a blank line",
            "",
            "place\tnovyi-svit\tNovyi Svit\tregion=UA-14\tkind=village\taliases=Novy Svet",
            "person\tdoe\tJane Doe\taliases=Doe\tparty=UKR\ttitles=negotiator");
    assertThat(kb.place("novyi-svit").orElseThrow().region()).isEqualTo(RegionId.of("UA-14"));
    assertThat(kb.find("Novy Svet")).extracting(KbEntry::key).containsExactly("novyi-svit");
    assertThat(kb.person(ActorId.of("doe")).orElseThrow().titles()).containsExactly("negotiator");
    assertThat(kb.actor(ActorId.of("RUS"))).as("bundled entries stay").isPresent();
  }

  @Test
  void aUserEntryReplacesTheBundledOneWithTheSameIdAndSaysSo() {
    KnowledgeBase kb =
        load("person\tpeskov\tDmitry Peskov\taliases=Peskov\tparty=RUS\ttitles=press secretary");
    assertThat(kb.person(ActorId.of("peskov")).orElseThrow().titles())
        .containsExactly("press secretary");
    assertThat(kb.find("Dmitri Peskov")).as("the old aliases are gone").isEmpty();
    assertThat(kb.notes())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("user.tsv:1")
        .contains("replaces person peskov")
        .contains("kb/people.tsv:");
  }

  @Test
  void aLaterUserFileOverridesAnEarlierOne() {
    Path first = KbFiles.write(dir, "a.tsv", "aggregate\tfront\tthe front\tregions=UA-14");
    Path second = KbFiles.write(dir, "b.tsv", "aggregate\tfront\tthe front\tregions=UA-23|UA-14");
    KnowledgeBase kb = KnowledgeBase.load(List.of(first, second));
    assertThat(kb.expand("front")).containsExactly(RegionId.of("UA-14"), RegionId.of("UA-23"));
  }

  @Test
  void rejectsALineWithoutTabs() {
    assertProblem("user.tsv:1: malformed line", "place bakhmut-2 Bakhmut region=UA-14");
  }

  @Test
  void rejectsAFieldWithoutAnEqualsSign() {
    assertProblem("user.tsv:2: malformed field 'UA-14'", "# c", "place\tx\tX\tUA-14\tkind=town");
  }

  @Test
  void rejectsAnUnknownKind() {
    assertProblem("user.tsv:1: unknown kind 'city'", "city\tx\tX\tregion=UA-14");
  }

  @Test
  void rejectsAnUnknownField() {
    assertProblem(
        "user.tsv:1: place x: unknown field 'oblast'",
        "place\tx\tX\tregion=UA-14\tkind=town\toblast=Donetsk");
  }

  @Test
  void rejectsAMissingRequiredField() {
    assertProblem("user.tsv:1: person x: missing required field 'party='", "person\tx\tX");
  }

  @Test
  void rejectsAValueThatDoesNotParse() {
    assertProblem(
        "user.tsv:1: region UA-99: 'big' is not an area",
        "region\tUA-99\tNowhere\tkind=oblast\tarea=big");
    assertProblem(
        "user.tsv:1: place x: 'hamlet' is not a kind", "place\tx\tX\tregion=UA-14\tkind=hamlet");
  }

  @Test
  void rejectsAnIdOfTheWrongShape() {
    assertProblem("user.tsv:1: state Russia:", "state\tRussia\tRussia");
    assertProblem("user.tsv:1: person Putin2:", "person\tPutin2\tPutin\tparty=RUS");
  }

  @Test
  void rejectsAnUnknownParty() {
    assertProblem("user.tsv:1: person doe: unknown party XYZ", "person\tdoe\tJane Doe\tparty=XYZ");
  }

  @Test
  void rejectsAPartyThatIsAPersonNotAnActor() {
    assertProblem("speaks for a person", "person\tdoe\tJane Doe\tparty=putin");
  }

  @Test
  void rejectsAnUnknownRegionOfAPlace() {
    assertProblem(
        "user.tsv:1: place x: unknown region UA-99", "place\tx\tX\tregion=UA-99\tkind=town");
  }

  @Test
  void rejectsAnUnknownMemberOfAnAggregate() {
    assertProblem(
        "user.tsv:1: aggregate south: unknown member region UA-98",
        "aggregate\tsouth\tthe south\tregions=UA-65|UA-98");
  }

  @Test
  void rejectsAnUnknownTerritoryOfAnEntity() {
    assertProblem(
        "user.tsv:1: entity KPR: unknown territory UA-97",
        "entity\tKPR\tKherson People's Republic\tterritory=UA-97");
  }

  @Test
  void rejectsAnIdDefinedTwiceInOneFile() {
    assertProblem(
        "user.tsv:3: id x is defined twice in this file (first at ",
        "place\tx\tX\tregion=UA-14\tkind=town",
        "",
        "place\tx\tX2\tregion=UA-14\tkind=town");
  }

  @Test
  void rejectsAnOverrideThatChangesTheKind() {
    assertProblem(
        "user.tsv:1: id bakhmut is already a place", "aggregate\tbakhmut\tB\tregions=UA-14");
  }

  @Test
  void rejectsTheSameFormTwiceInOneEntry() {
    assertProblem(
        "user.tsv:1: place x: duplicate alias 'Nový Svět' (folds to the same form as 'Novy Svet')",
        "place\tx\tNovy Svet\tregion=UA-14\tkind=town\taliases=Nový Svět");
  }

  @Test
  void rejectsAFormSharedWithAnotherEntryUnlessBothMarkIt() {
    assertProblem(
        "user.tsv:1: place bakhmut-bis: duplicate alias 'Artemivsk' is also a form of place"
            + " bakhmut (kb/places.tsv:",
        "place\tbakhmut-bis\tArtemivsk\tregion=UA-14\tkind=town");
  }

  @Test
  void rejectsAFormSharedBetweenTwoUserEntries() {
    assertProblem(
        "user.tsv:2: place y: duplicate alias 'Svet'",
        "place\tx\tX\tregion=UA-14\tkind=town\taliases=Svet",
        "place\ty\tY\tregion=UA-09\tkind=town\taliases=Svet");
  }

  @Test
  void acceptsAHomonymThatBothEntriesMark() {
    KnowledgeBase kb =
        load(
            "place\tx\tX\tregion=UA-14\tkind=town\taliases=~Svet",
            "place\ty\tY\tregion=UA-09\tkind=town\taliases=~Svet");
    assertThat(kb.find("Svet")).extracting(KbEntry::key).containsExactly("x", "y");
    assertThat(kb.expand("Svet")).containsExactly(RegionId.of("UA-09"), RegionId.of("UA-14"));
  }

  @Test
  void listsEveryProblemOfAStageInOneException() {
    Path file =
        KbFiles.write(
            dir, "user.tsv", "place\tx\tX\tregion=UA-14", "bogus line", "state\tABC\tAbc\tfoo=1");
    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOfSatisfying(
            KbFormatException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(3)
                    .allSatisfy(p -> assertThat(p).startsWith(file + ":")));
  }

  @Test
  void readsAPersonsGender() {
    KnowledgeBase kb = load("person\tdoe\tJane Doe\tparty=UKR\tgender=f");
    assertThat(kb.person(ActorId.of("doe")).orElseThrow().gender()).isEqualTo(Gender.FEMALE);
  }

  @Test
  void rejectsAGenderOtherThanMOrF() {
    assertProblem(
        "user.tsv:1: person doe: 'x' is not a gender (m|f)",
        "person\tdoe\tJane Doe\tparty=UKR\tgender=x");
  }

  @Test
  void addsAndReplacesOutletsOfAUserFile() {
    KnowledgeBase kb =
        load(
            "outlet\tdaily-bugle\tDaily Bugle\tkind=newspaper\taliases=the Bugle",
            "outlet\treuters\tReuters\tkind=agency");
    assertThat(kb.outletNamed("the Bugle").orElseThrow().id()).isEqualTo("daily-bugle");
    assertThat(kb.outletNamed("Thomson Reuters")).as("the old aliases are gone").isEmpty();
    assertThat(kb.notes()).anyMatch(n -> n.contains("replaces outlet reuters"));
  }

  @Test
  void rejectsAnOutletWithoutAKind() {
    assertProblem("outlet x: missing required field 'kind='", "outlet\tx\tX News");
  }

  @Test
  void rejectsAnOutletFormThatIsAlsoAFormOfAnEntry() {
    assertProblem(
        "user.tsv:1: outlet kremlin-news: form 'Kremlin' is also a form of state RUS",
        "outlet\tkremlin-news\tKremlin News\tkind=online\taliases=Kremlin");
  }

  @Test
  void rejectsAFormSharedByTwoOutlets() {
    assertProblem(
        "outlet ap-two: form 'AP' is already a form of outlet ap",
        "outlet\tap-two\tAP Two\tkind=agency\taliases=AP");
  }

  @Test
  void namesAMissingFile() {
    Path missing = dir.resolve("nope.tsv");
    assertThatThrownBy(() -> KnowledgeBase.load(List.of(missing)))
        .isInstanceOf(KbFormatException.class)
        .hasMessage(missing + ": no such knowledge-base file");
  }
}
