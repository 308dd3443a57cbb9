package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parley.testkit.HeadlessChromium;

/**
 * The web UI in a real headless Chromium against the real server: the map shades regions and the
 * date slider changes the shading; a claim opens on its document with the evidence highlighted;
 * search lists hits that open claims; the timeline and tables render; text from documents is
 * escaped (an article carrying script and event-handler payloads runs none). Screenshots of each
 * view go to {@code target/screenshots}.
 */
class WebUiIT {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static ServerFixture fx;
  private static HeadlessChromium chromium;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    fx = ServerFixture.get();
    chromium = HeadlessChromium.start(1360, 900);
    browser = chromium.driver();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static void open(String fragment, String view) {
    browser.get(fx.base + "/" + fragment);
    browser.navigate().refresh();
    waitFor(() -> view.equals(browser.findElement(By.id("view")).getAttribute("data-ready")), view);
  }

  private static void waitFor(Supplier<Boolean> condition, String what) {
    long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > end) {
        throw new AssertionError(
            "timed out waiting for " + what + "; page: " + browser.getPageSource());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static void shoot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  private static String fill(String region) {
    return browser.findElement(By.cssSelector("path.region-" + region)).getAttribute("fill");
  }

  @Test
  void theSliderChangesTheShadingOfTheMap() throws IOException {
    open("#/map?date=2025-08-01", "map");
    assertThat(browser.findElements(By.cssSelector("path.region"))).hasSize(27);
    String before = fill("UA-23");
    assertThat(browser.findElement(By.id("map-source")).getText()).contains("2025-08-01");
    browser.findElement(By.id("date-slider")).sendKeys(Keys.ARROW_RIGHT);
    waitFor(() -> browser.findElement(By.id("date-label")).getText().equals("2025-08-15"), "date");
    waitFor(() -> !fill("UA-23").equals(before), "shading to change");
    assertThat(browser.getCurrentUrl()).contains("date=2025-08-15");
    browser.findElement(By.cssSelector("path.region-UA-14")).click();
    waitFor(() -> browser.findElement(By.id("region-panel")).getText().contains("UA-14"), "panel");
    waitFor(
        () -> !browser.findElements(By.cssSelector("#region-panel .verdict")).isEmpty(), "checks");
    shoot("map");
  }

  @Test
  void aClaimOpensItsDocumentWithTheEvidenceHighlighted() throws IOException {
    JsonNode claim =
        fx.client.get("/api/v1/claims?doc=17_alaska_summit&kind=demand&limit=1").json();
    long entry = claim.at("/claims/0/entry").asLong();
    String expected = claim.at("/claims/0/claim/text").asText();
    open("#/claim/" + entry, "claim");
    WebElement mark = browser.findElement(By.cssSelector("#doc-text mark.current"));
    assertThat(expected.replace("…", "")).startsWith(mark.getText().substring(0, 30));
    assertThat(browser.findElement(By.cssSelector("dl.facts")).getText())
        .contains("Status", "Attribution chain", "Valid time", "Recorded");
    shoot("claim");
  }

  @Test
  void searchListsHitsThatOpenTheirClaims() throws IOException {
    open("#/map", "map");
    WebElement box = browser.findElement(By.id("search-box"));
    box.sendKeys("security guarantees", Keys.ENTER);
    waitFor(
        () -> "search".equals(browser.findElement(By.id("view")).getAttribute("data-ready")),
        "hits");
    assertThat(browser.getCurrentUrl()).contains("#/search?q=security+guarantees");
    assertThat(browser.findElements(By.cssSelector("li.hit"))).isNotEmpty();
    shoot("search");
    browser.findElement(By.cssSelector("li.hit-claim a")).click();
    waitFor(
        () -> "claim".equals(browser.findElement(By.id("view")).getAttribute("data-ready")),
        "claim");
    assertThat(browser.findElement(By.cssSelector("mark.current")).getText()).isNotBlank();
  }

  @Test
  void theTimelineAndTablesRender() throws IOException {
    open("#/timeline?party=RUS", "timeline");
    assertThat(browser.findElements(By.cssSelector(".timeline circle"))).hasSizeGreaterThan(5);
    shoot("timeline");
    open("#/positions?party=UKR", "positions");
    assertThat(browser.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    shoot("positions");
    open("#/gap?first=RUS&second=UKR", "gap");
    assertThat(browser.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    shoot("gap");
    open("#/disputes", "disputes");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Disputes");
  }

  @Test
  void textFromDocumentsRunsNoScript() throws IOException {
    String page =
        "<html><head><title>&lt;script&gt;window.__xss=1&lt;/script&gt; Kremlin terms"
            + "</title></head><body><article><h1>&lt;img src=x onerror=\"window.__xss=2\"&gt;"
            + " Kremlin terms</h1><p>Kremlin spokesman Dmitry Peskov said on Tuesday that Russia"
            + " demands that Ukraine withdraw its troops from the Donbas"
            + " &lt;img src=x onerror=\"window.__xss=3\"&gt;&lt;script&gt;window.__xss=4"
            + "&lt;/script&gt; zanzibarium.</p><p>He spoke in Moscow on 2 September 2025.</p>"
            + "</article></body></html>";
    ApiClient.Reply r =
        fx.client.post(
            "/api/v1/ingest?id=payload_article&date=2025-09-02",
            "text/html",
            page,
            ServerFixture.TOKEN);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    open("#/document/payload_article", "document");
    assertThat(browser.findElement(By.id("doc-text")).getText())
        .contains("onerror=\"window.__xss=3\"");
    assertThat(browser.findElements(By.cssSelector("#view img, #view script"))).isEmpty();
    open("#/search?q=zanzibarium", "search");
    assertThat(browser.findElement(By.cssSelector("li.hit")).getText()).contains("<");
    JsonNode claims = fx.client.get("/api/v1/claims?doc=payload_article").json();
    if (!claims.get("claims").isEmpty()) {
      open("#/claim/" + claims.at("/claims/0/entry").asLong(), "claim");
    }
    Object flag = browser.executeScript("return window.__xss === undefined;");
    assertThat(flag).isEqualTo(Boolean.TRUE);
  }
}
