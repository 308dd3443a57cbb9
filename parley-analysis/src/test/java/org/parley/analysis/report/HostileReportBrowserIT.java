package org.parley.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.parley.testkit.HeadlessChromium;

/**
 * Opens the briefing of a hostile ledger ({@link HostileReport}) in a real headless Chromium: no
 * payload runs, the page has no script element and no event-handler attribute, and the payloads
 * read as text. Skipped with a message when the browser is not installed.
 */
class HostileReportBrowserIT {
  @TempDir Path dir;

  @Test
  void noPayloadRunsInABrowser() throws Exception {
    Path page = HostileReport.write(dir);
    HeadlessChromium chromium = HeadlessChromium.start(1280, 2000);
    WebDriver browser = chromium.driver();
    try {
      browser.get(page.toUri().toString());
      Thread.sleep(500); // a payload with a delayed trigger (onload, ontoggle) has had its chance
      JavascriptExecutor js = (JavascriptExecutor) browser;

      assertThat(js.executeScript("return window.__pwned === undefined ? null : window.__pwned"))
          .isNull();
      assertThat(js.executeScript("return document.scripts.length")).isEqualTo(0L);
      assertThat(
              js.executeScript(
                  "return [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
                      + ".filter(a => a.name.startsWith('on')).length"))
          .isEqualTo(0L);
      assertThat(browser.findElement(By.tagName("body")).getText())
          .contains("<script>window.__pwned='kb'</script>Evil Person")
          .contains("<img src=x onerror=\"window.__pwned='outlet'\">Wire");
    } finally {
      chromium.close();
    }
  }
}
