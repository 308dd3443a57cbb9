package org.parley.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.LedgerFixtures;
import org.parley.analysis.territory.BoundaryLoader;
import org.parley.analysis.territory.MapCatalog;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.analysis.territory.TerritoryFixture;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.testkit.GoldenFiles;

class HtmlReportTest {
  @TempDir static Path dir;

  private static ClaimLedger ledger;
  private static Names names;
  private static MapCheck maps;

  @BeforeAll
  static void fill() {
    ledger = LedgerFixtures.load(dir, "talks");
    names = new Names(KnowledgeBase.loadDefault());
    maps = syntheticMaps(dir.resolve("maps"));
  }

  @AfterAll
  static void close() {
    ledger.close();
  }

  /** The synthetic two-cell regions and one map of 2025-08-15 (Donetsk half held). */
  static MapCheck syntheticMaps(Path folder) {
    TerritoryFixture.map(folder, "20250815");
    MeasuredMaps measured =
        new MeasuredMaps(
            MapCatalog.of(folder, null),
            new BoundaryLoader()
                .load(TerritoryFixture.boundaries(folder.resolveSibling("adm")), null));
    return new ControlMapCheck(measured, 7);
  }

  static Briefing briefing(BriefingOptions options) {
    return new BriefingBuilder(names).build(ledger.latest(), options);
  }

  private static String html(BriefingOptions options) {
    return new HtmlReport(names).render(briefing(options));
  }

  @Test
  void briefingMatchesItsGoldenFile() {
    GoldenFiles.assertMatches(
        TextReportTest.GOLDEN.resolve("talks.html"), html(BriefingOptions.defaults()));
  }

  @Test
  void briefingWithMapsMatchesItsGoldenFile() {
    GoldenFiles.assertMatches(
        TextReportTest.GOLDEN.resolve("talks-maps.html"),
        html(BriefingOptions.defaults().withMaps(maps)));
  }

  @Test
  void textBriefingWithMapsMatchesItsGoldenFile() {
    GoldenFiles.assertMatches(
        TextReportTest.GOLDEN.resolve("talks-maps.txt"),
        new TextReport(names).render(briefing(BriefingOptions.defaults().withMaps(maps))));
  }

  @Test
  void isStandaloneWithoutScriptsOrExternalResources() {
    String html = html(BriefingOptions.defaults().withMaps(maps));

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<svg");
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"");
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http");
  }

  @Test
  void drawsReportedAgainstMeasuredSharesWhenMapsAreGiven() {
    String html = html(BriefingOptions.defaults().withMaps(maps));

    assertThat(html).contains("Reported and measured control shares");
    assertThat(html).contains("<title>map of 2025-08-15: 50");
    assertThat(html(BriefingOptions.defaults())).doesNotContain("Reported and measured");
  }

  @Test
  void escapesTextFromArticles() {
    assertThat(Html.esc("<b>\"Tom & Jerry's\"</b>"))
        .isEqualTo("&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;");
  }
}
