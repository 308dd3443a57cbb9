package org.parley.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.parley.analysis.LedgerFixtures;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.testkit.HeadlessChromium;

/**
 * Opens the HTML briefing in a real headless Chromium ({@link HeadlessChromium}) and checks that it
 * renders: sections, tables, both SVG charts with a size, and source links that point at listed
 * sources. Skipped with a message when the browser is not installed.
 */
class ReportBrowserIT {
  @TempDir Path dir;

  private Path writeBriefing() throws Exception {
    Names names = new Names(KnowledgeBase.loadDefault());
    String html;
    try (ClaimLedger ledger = LedgerFixtures.load(dir, "talks")) {
      BriefingOptions options =
          BriefingOptions.defaults().withMaps(HtmlReportTest.syntheticMaps(dir.resolve("maps")));
      html =
          new HtmlReport(names).render(new BriefingBuilder(names).build(ledger.latest(), options));
    }
    return Files.writeString(dir.resolve("briefing.html"), html, StandardCharsets.UTF_8);
  }

  @Test
  void theHtmlBriefingRendersInAHeadlessBrowser() throws Exception {
    Path page = writeBriefing();
    HeadlessChromium chromium = HeadlessChromium.start(1280, 2000);
    WebDriver browser = chromium.driver();
    try {
      browser.get(page.toUri().toString());

      assertThat(browser.getTitle()).startsWith("Parley briefing, ledger as of ");
      assertThat(browser.findElements(By.tagName("h2")))
          .extracting(WebElement::getText)
          .contains("1. Positions of the main parties", "6. Timeline", "Sources");
      List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
      assertThat(charts).hasSize(2);
      assertThat(charts).allSatisfy(c -> assertThat(c.getSize().getWidth()).isGreaterThan(300));
      assertThat(browser.findElement(By.cssSelector(".v-conflicting")).isDisplayed()).isTrue();
      WebElement link = browser.findElement(By.cssSelector("a[href^='#src-']"));
      String target = link.getAttribute("href").replaceAll(".*#", "");
      assertThat(browser.findElement(By.id(target)).getText()).contains("ec-2025-08-21");
    } finally {
      chromium.close();
    }
  }
}
