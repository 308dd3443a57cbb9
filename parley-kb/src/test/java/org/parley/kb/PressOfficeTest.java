package org.parley.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ActorId;

class PressOfficeTest {
  @TempDir Path dir;

  @Test
  void theBundledOfficesSayWhomTheirTextsSpeakFor() {
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    PressOffice kremlin =
        kb.publisher("kremlin.ru (Office of the President of Russia)", null)
            .flatMap(Outlet::pressOffice)
            .orElseThrow();
    assertThat(kremlin.party()).isEqualTo(ActorId.of("RUS"));
    assertThat(kremlin.readouts()).isTrue();
    assertThat(kremlin.head(LocalDate.of(2022, 3, 1))).contains(ActorId.of("putin"));
    PressOffice kyiv =
        kb.publisher(null, "https://www.president.gov.ua/en/news/x")
            .flatMap(Outlet::pressOffice)
            .orElseThrow();
    assertThat(kyiv.party()).isEqualTo(ActorId.of("UKR"));
    PressOffice washington =
        kb.publisher("WhiteHouse.gov", null).flatMap(Outlet::pressOffice).orElseThrow();
    assertThat(washington.head(LocalDate.of(2025, 3, 1)))
        .as("speaks for an administration")
        .isEmpty();
    assertThat(washington.readouts()).isFalse();
    assertThat(kb.publisher("The Guardian", "https://www.theguardian.com/x")).isEmpty();
  }

  @Test
  void aHeadIsTheOneInOfficeOnTheDay() {
    PressOffice office =
        new PressOffice(
            List.of("Example.gov"),
            ActorId.of("USA"),
            List.of(
                new PressOffice.Head(ActorId.of("second"), LocalDate.of(2025, 1, 20)),
                new PressOffice.Head(ActorId.of("first"), LocalDate.of(2021, 1, 20))),
            false);
    assertThat(office.head(LocalDate.of(2024, 6, 1))).contains(ActorId.of("first"));
    assertThat(office.head(LocalDate.of(2025, 1, 20))).contains(ActorId.of("second"));
    assertThat(office.head(LocalDate.of(2020, 1, 1))).isEmpty();
    assertThat(office.head(null)).as("latest when undated").contains(ActorId.of("second"));
    assertThat(office.publishes("https://www.EXAMPLE.gov/briefing")).isTrue();
  }

  @Test
  void anOfficeLineWithoutItsPartyIsRefusedByName() {
    Path file =
        KbFiles.write(
            dir, "user.tsv", "outlet\tsite\tsite.example\tkind=office\tdomains=site.example");
    assertThatThrownBy(() -> KnowledgeBase.load(List.of(file)))
        .isInstanceOf(KbFormatException.class)
        .hasMessageContaining(file + ":")
        .hasMessageContaining("party=");
  }

  @Test
  void aUserFileAddsAnOfficeWithDatedHeads() {
    Path file =
        KbFiles.write(
            dir,
            "user.tsv",
            "outlet\tsite\tsite.example\tkind=office\tdomains=site.example\tparty=UKR"
                + "\theads=poroshenko@2014-06-07|zelensky@2019-05-20\treadouts=yes");
    KnowledgeBase kb = KnowledgeBase.load(List.of(file));
    PressOffice office =
        kb.publisher("site.example", null).flatMap(Outlet::pressOffice).orElseThrow();
    assertThat(office.head(LocalDate.of(2016, 1, 1))).contains(ActorId.of("poroshenko"));
  }
}
