package org.parley.extract.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFinderTest {
  private static String describe(String text) {
    List<Figure> figures = new FigureFinder().find(text, 0, text.length());
    return String.join(
        ",",
        figures.stream()
            .map(
                f ->
                    (f.measure().share() != null ? "share=" + f.measure().share() + " " : "")
                        + (f.measure().areaKm2() != null
                            ? "km2=" + f.measure().areaKm2() + " "
                            : "")
                        + f.measure().approx().code())
            .toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "occupy some 88 percent of the Donbas|share=0.88 about",
        "occupying less than 20 percent of Ukraine|share=0.2 at_most",
        "an estimated seven percent of which|share=0.07 about",
        "roughly 75 percent of Donetsk|share=0.75 about",
        "controls 70% of the city|share=0.7 exact",
        "more than two-thirds of the city|share=0.667 at_least",
        "nearly all the Luhansk region|nearly_all",
        "fully occupied Crimea and parts of the Donbas|share=1.0 all,part",
        "equate to roughly 150 sq. miles combined|km2=388.5 about",
        "about 1,000 square kilometres|km2=1000.0 about",
        "most of the Kherson region|most",
        "a fraction of this in Dnipropetrovsk|part",
        "twenty-five per cent of the oblast|share=0.25 exact",
      })
  void readsTheFiguresOfControlStatements(String text, String expected) {
    assertThat(describe(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "around 114,000 square kilometres of Ukraine, of which about 27,000 lie in Crimea"
            + "|km2=27000.0 about",
        "some 4,000 square miles in the south, including 1,500 in the Zaporizhzhia region"
            + "|km2=3885.0 exact",
        "some 4,000 square miles, of which 30 percent in the Zaporizhzhia region|",
        "some 4,000 square miles, of which 2,000 villages were shelled|",
        "some 40 percent of the region, of which 15 in the south|",
      })
  void readsThePartsOfAnAreaWrittenAsBareNumbers(String text, String expected) {
    FigureFinder finder = new FigureFinder();
    Figure whole = finder.find(text, 0, text.length()).get(0);
    String parts =
        String.join(
            ",",
            finder.partsOf(text, whole, text.length()).stream()
                .map(f -> "km2=" + f.measure().areaKm2() + " " + f.measure().approx().code())
                .toList());
    assertThat(parts).isEqualTo(expected == null ? "" : expected);
  }
}
