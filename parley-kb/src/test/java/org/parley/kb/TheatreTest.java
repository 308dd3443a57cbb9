package org.parley.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ActorId;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;

class TheatreTest {
  private static final ActorId RUS = ActorId.of("RUS");
  private static final ActorId UKR = ActorId.of("UKR");

  @TempDir Path dir;

  @Test
  void theBundledTheatreGivesTheSidesInListingOrder() {
    Theatre t = KnowledgeBase.loadDefault().theatre();
    assertThat(t.principals()).containsExactly(RUS, UKR);
    assertThat(t.sideOf(ActorId.of("DPR")).map(TheatreSide::principal)).contains(RUS);
    assertThat(t.isPrincipal(RUS)).isTrue();
    assertThat(t.isPrincipal(ActorId.of("LPR"))).as("an ally, not a principal").isFalse();
    assertThat(t.isAlly(ActorId.of("LPR"))).isTrue();
    assertThat(t.sideOf(ActorId.of("USA"))).isEmpty();
  }

  @Test
  void theBundledTheatreMapsCountriesToTheirSides() {
    Theatre t = KnowledgeBase.loadDefault().theatre();
    assertThat(t.principalOf("UA")).contains(UKR);
    assertThat(t.principalOf("RU")).contains(RUS);
    assertThat(t.principalOf("TR")).isEmpty();
    assertThat(t.contested()).isEqualTo(RegionId.of("UA"));
    assertThat(t.contestedSide().principal()).isEqualTo(UKR);
    assertThat(t.isInTheatre(RegionId.of("RU-BEL"))).isTrue();
    assertThat(t.isInTheatre(RegionId.of("TR-34"))).as("a venue abroad").isFalse();
  }

  @Test
  void theBundledTheatreGivesDefaultBeneficiariesByProvisionType() {
    Theatre t = KnowledgeBase.loadDefault().theatre();
    assertThat(t.beneficiary(ProvisionType.TERRITORY_CEDE)).contains(RUS);
    assertThat(t.beneficiary(ProvisionType.TERRITORY_RETURN)).contains(UKR);
    assertThat(t.beneficiary(ProvisionType.TERRITORY_RECOGNIZE)).isEmpty();
    assertThat(t.namedBeneficiary(ProvisionType.TERRITORY_RECOGNIZE)).contains(RUS);
    assertThat(t.isOwnInterest(ProvisionType.SECURITY_INTERESTS, RUS)).isTrue();
    assertThat(t.isOwnInterest(ProvisionType.SECURITY_INTERESTS, UKR)).isFalse();
    assertThat(t.isAllianceVoice(ActorId.of("NATO"))).isTrue();
    assertThat(t.isAllianceVoice(ActorId.of("FIN"))).isFalse();
  }

  @Test
  void theBundledWordsMatchWholeWordsInTheirCase() {
    Theatre t = KnowledgeBase.loadDefault().theatre();
    assertThat(t.contestedSide().words().isFoundIn("talks with Kyiv")).isTrue();
    assertThat(t.contestedSide().words().isFoundIn("talks with kyiv")).isFalse();
    assertThat(t.relevant().possessives().isFoundIn("as part of Russia")).isTrue();
    assertThat(t.warWords().isFoundIn("its Territorial Integrity")).isTrue();
    assertThat(t.warWords().isFoundIn("warm words")).isFalse();
    assertThat(t.contestedSide().subjects().isFoundIn("Region")).as("none given").isFalse();
  }

  @Test
  void aUserTheatreReplacesTheBundledOneWithANote() {
    Path file =
        KbFiles.write(
            dir,
            "user.tsv",
            "side\tARM\tArmenia\tcountry=AM",
            "side\tAZE\tAzerbaijan\tcountry=AZ",
            "region\tAZ\tAzerbaijani territory\tkind=country\tarea=86600",
            "theatre\tkarabakh\tKarabakh\tsides=AZE|ARM\tcontested=AZ\twar-aims=AZE"
                + "\trelevance-side=ARM\tbeneficiaries=territory.cede:AZE");
    KnowledgeBase kb = KnowledgeBase.load(List.of(file));
    assertThat(kb.theatre().principals()).containsExactly(ActorId.of("AZE"), ActorId.of("ARM"));
    assertThat(kb.theatre().beneficiary(ProvisionType.TERRITORY_RETURN)).isEmpty();
    assertThat(kb.notes()).anyMatch(n -> n.startsWith(file + ":4: replaces theatre"));
  }

  @Test
  void aMalformedTheatreLineIsRefusedNamingFileAndLine() {
    Path file =
        KbFiles.write(
            dir,
            "user.tsv",
            "# a theatre whose beneficiary lacks its actor",
            "theatre\tx\tX\tsides=RUS|UKR\tcontested=UA\twar-aims=RUS\trelevance-side=RUS"
                + "\tbeneficiaries=territory.cede");
    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbFormatException.class)
        .hasMessage(
            file
                + ":2: theatre x: 'territory.cede' in beneficiaries= is not provision-type:actor"
                + " (territory.cede:RUS)");
  }

  @Test
  void aTheatreNamingAnUnknownSideOrActorIsRefused() {
    Path file =
        KbFiles.write(
            dir,
            "user.tsv",
            "side\tXYZ\tNowhere\tcountry=XY\tallies=QQQ",
            "theatre\tx\tX\tsides=RUS|XYZ|ABC\tcontested=UA\twar-aims=RUS\trelevance-side=RUS");
    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbFormatException.class)
        .hasMessageContaining(file + ":2: theatre x: side ABC has no side line")
        .hasMessageContaining(file + ":1: theatre x: unknown actor XYZ")
        .hasMessageContaining(file + ":1: theatre x: unknown actor QQQ");
  }

  @Test
  void aWordThatIsNoRegularExpressionIsRefused() {
    Path file = KbFiles.write(dir, "user.tsv", "side\tUKR\tUkraine\tcountry=UA\twords=Kyiv(");
    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbFormatException.class)
        .hasMessageContaining(file + ":1: side UKR: words= is not a list of regular expressions");
  }
}
