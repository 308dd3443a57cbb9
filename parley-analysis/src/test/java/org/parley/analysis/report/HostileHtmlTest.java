package org.parley.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Script and event-handler payloads in titles, text, outlet names, sources and knowledge-base
 * entries come out of the HTML briefing as text, never as markup ({@link HostileReportBrowserIT}
 * runs the same page in a browser).
 */
class HostileHtmlTest {
  @TempDir Path dir;

  @Test
  void payloadsAreEscapedWhereverTheyComeFrom() throws Exception {
    String html = Files.readString(HostileReport.write(dir));

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain("<svg onload")
        .doesNotContain("<body onload")
        .doesNotContain("<details open ontoggle")
        .doesNotContain("href=\"javascript");
    for (String label : HostileReport.SHOWN) {
      assertThat(html).as("the %s payload, escaped", label).contains("__pwned=&#39;" + label);
    }
  }
}
