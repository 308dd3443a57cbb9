package org.parley.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for browser tests: Debian's {@code chromium} and {@code chromium-driver}
 * (or the binaries named by {@code -Dparley.chromium} and {@code -Dparley.chromedriver}), started
 * with a fresh profile and without background networking (this machine's network is closed). When
 * the browser is not installed the calling test is skipped with a message, unless {@code
 * PARLEY_REQUIRE_BROWSER=1} (CI), where it fails. Selenium is an optional dependency of the test
 * kit: a module that uses this class declares it. Close to quit the browser.
 */
public final class HeadlessChromium implements AutoCloseable {
  private final ChromeDriver driver;
  private final ChromeDriverService service;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, ChromeDriverService service, Path profile) {
    this.driver = driver;
    this.service = service;
    this.profile = profile;
  }

  /** Starts a browser whose window is {@code width} × {@code height} pixels. */
  public static HeadlessChromium start(int width, int height) {
    Path chromium = binary("parley.chromium", "/usr/bin/chromium");
    Path driverBinary = binary("parley.chromedriver", "/usr/bin/chromedriver");
    Path profile;
    try {
      profile = Files.createTempDirectory("parley-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(driverBinary.toString()))
            .build();
    return new HeadlessChromium(new ChromeDriver(service, options), service, profile);
  }

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.close();
      deleteQuietly(profile);
    }
  }

  private static Path binary(String property, String fallback) {
    Path p = Path.of(System.getProperty(property, fallback));
    if ("1".equals(System.getenv("PARLEY_REQUIRE_BROWSER"))) {
      assertThat(p)
          .as(
              "PARLEY_REQUIRE_BROWSER=1 but no %s (apt-get install chromium chromium-driver)",
              property)
          .isExecutable();
    }
    Assumptions.assumeTrue(
        Files.isExecutable(p),
        () ->
            "skipped: no %s at %s (apt-get install chromium chromium-driver, or -D%s=PATH)"
                .formatted(property.substring(7), p, property));
    return p;
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a profile left in the temporary folder is harmless
      return;
    }
  }
}
