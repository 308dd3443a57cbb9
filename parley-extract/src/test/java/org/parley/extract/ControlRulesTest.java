package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/**
 * The control rules on sentences written for the purpose, in the phrasing of 2025 reporting: shares
 * of "Ukrainian territory", "This includes …" after a figure, parts of an area "of which …",
 * degrees in "… hands" and "under … control", passive holders, a region that "fell to" a side or
 * was seized whole, relatives "parts of which"; and what must give nothing (conditions, aims, a
 * city, a region as the setting of something else, a part of the country that is no region). Each
 * claim reads "HOLDER REGIONS MEASURE [TIME]"; claims are separated by ";".
 */
class ControlRulesTest {
  private static List<String> controls(String body) {
    String text = "Front-line report\n\nFighting went on along the front in Ukraine.\n\n" + body;
    Document d =
        Document.of(new DocumentId("control"), LocalDate.of(2025, 11, 20), null, null, null, text);
    return Extractors.DEFAULT.extract(d).claims().stream()
        .filter(c -> c instanceof Control)
        .map(ControlRulesTest::line)
        .toList();
  }

  private static String line(Claim c) {
    Control k = (Control) c;
    String measure =
        (k.measure().share() != null && k.measure().share() < 1 ? k.measure().share() + " " : "")
            + (k.measure().areaKm2() != null ? "km2=" + k.measure().areaKm2() + " " : "")
            + k.measure().approx().code();
    String time = c.provenance().validTime() == null ? "" : " " + c.provenance().validTime();
    return "%s %s %s%s"
        .formatted(
            k.holder().value(),
            String.join(",", k.regions().stream().map(r -> r.value()).toList()),
            measure,
            time);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Russia now controls about a fifth of Ukraine's territory, the monitoring group said."
            + "|RUS UA 0.2 about",
        "Moscow's troops hold roughly 19 percent of Ukrainian territory. This includes all of"
            + " Crimea, nearly all of the Luhansk region and about 70 percent of the Donetsk region."
            + "|RUS UA 0.19 about;RUS UA-43 all;RUS UA-09 nearly_all;RUS UA-14 0.7 about",
        "Russia occupies around 114,000 square kilometres of Ukraine, of which Crimea accounts for"
            + " about 27,000.|RUS UA km2=114000.0 about;RUS UA-43 km2=27000.0 about",
        "The entire Luhansk province is now in Russian hands.|RUS UA-09 all",
        "Most of the Zaporizhzhia region remains in Ukrainian hands, while the city of Melitopol"
            + " is occupied.|UKR UA-23 most",
        "The Luhansk region, which fell to Russian units in July 2022, now sees partisan raids."
            + "|RUS UA-09 all 2022-07",
        "Envoys argued over the Luhansk and Donetsk regions, parts of which were seized by"
            + " Russian proxies in 2014.|RUS UA-14 part 2014;RUS UA-09 part 2014",
        "Almost the entire Luhansk region and about two-thirds of the Donetsk region are under"
            + " Russian control.|RUS UA-09 nearly_all;RUS UA-14 0.667 about",
        "Moscow's units control some 3,500 square kilometres of the Kharkiv region, the governor"
            + " said.|RUS UA-63 km2=3500.0 about",
        "In the first weeks of the invasion the Russian army captured the southern Kherson region."
            + "|RUS UA-65 all",
        "Shelling moved to the Luhansk region last spring. Now Russian forces hold the whole of"
            + " the region.|RUS UA-09 all",
        "Some 40 percent of the Sumy border strip is in the hands of Russian forces, Kyiv admits,"
            + " but about 95 percent of the Sumy region is still held by Ukraine."
            + "|UKR UA-59 0.95 about",
      })
  void readsControlIn2025Phrasing(String body, String expected) {
    assertThat(controls(body))
        .containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split(";")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "If Russia's army took most of Ukraine, Poland would be next, the minister warned.",
        "The offensive aimed to seize the Donetsk region within weeks.",
        "A meeting of governors took place in the Kyiv region on Tuesday.",
        "Russia, whose fleet holds much of the country's southern shore, shelled the port again.",
        "To reach the towns under Ukrainian control, Russian units must cross the eastern parts of"
            + " the Donetsk region.",
        "Russian troops captured the city of Izium in the Kharkiv region.",
        "The Luhansk region's capital fell to Moscow-backed fighters in 2014.",
        "Russia hopes to hold all of the Zaporizhzhia region by the spring.",
      })
  void readsNoControlWhereNoneIsStated(String body) {
    assertThat(controls(body)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The law lays claim to the entire Kherson and Zaporizhzhia regions, most of which remain"
            + " in Ukrainian hands.|UKR UA-65 most;UKR UA-23 most",
      })
  void leavesADescriptiveDegreeToTheRelativeThatMeasures(String body, String expected) {
    assertThat(controls(body))
        .containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split(";")));
  }
}
