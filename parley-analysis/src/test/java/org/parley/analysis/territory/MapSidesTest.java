package org.parley.analysis.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.kb.KnowledgeBase;
import org.parley.model.ActorId;

class MapSidesTest {
  private static final ActorId RUS = ActorId.of("RUS");
  private static final ActorId UKR = ActorId.of("UKR");

  @TempDir Path dir;

  @Test
  void theBundledTheatreGivesTheControlledAreaToTheContestedSidesOpponentAndItsAllies() {
    MapSides sides = MapSides.of(KnowledgeBase.loadDefault());
    assertThat(sides.principals()).containsExactly(RUS, UKR);
    assertThat(sides.controlling().principal()).isEqualTo(RUS);
    assertThat(sides.contested().principal()).isEqualTo(UKR);
    assertThat(sides.holdsControlled(ActorId.of("DPR"))).isTrue();
    assertThat(sides.holdsControlled(UKR)).isFalse();
    assertThat(sides.isShown(UKR)).isTrue();
    assertThat(sides.isShown(ActorId.of("USA"))).isFalse();
    assertThat(sides.isPrincipal(ActorId.of("LPR"))).as("an ally, not a principal").isFalse();
    assertThat(sides.opposite(RUS)).isEqualTo(UKR);
    assertThat(sides.opposite(UKR)).isEqualTo(RUS);
    assertThat(sides.controllingAdjective()).isEqualTo("Russian");
    assertThat(sides.contestedAdjective()).isEqualTo("Ukrainian");
  }

  @Test
  void anotherTheatreIsAnotherFile() throws IOException {
    Path file = dir.resolve("karabakh.tsv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "side\tARM\tArmenia\tcountry=AM",
            "side\tAZE\tAzerbaijan\tcountry=AZ",
            "region\tAZ\tAzerbaijani territory\tkind=country\tarea=86600",
            "theatre\tkarabakh\tKarabakh\tsides=AZE|ARM\tcontested=AZ\twar-aims=AZE"
                + "\trelevance-side=ARM",
            ""));
    MapSides sides = MapSides.of(KnowledgeBase.load(List.of(file)));
    assertThat(sides.principals()).containsExactly(ActorId.of("AZE"), ActorId.of("ARM"));
    assertThat(sides.controlling().principal()).isEqualTo(ActorId.of("ARM"));
    assertThat(sides.contestedAdjective()).isEqualTo("Azerbaijani");
    assertThat(sides.holdsControlled(RUS)).isFalse();
  }

  @Test
  void aTheatreOfThreeSidesHasNoSingleControllingSide() throws IOException {
    Path file = dir.resolve("three.tsv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "side\tBLR\tBelarus\tcountry=BY",
            "theatre\tx\tX\tsides=RUS|UKR|BLR\tcontested=UA\twar-aims=RUS\trelevance-side=RUS",
            ""));
    KnowledgeBase kb = KnowledgeBase.load(List.of(file));
    assertThatThrownBy(() -> MapSides.of(kb))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 3");
  }
}
