package org.parley.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.report.AnalysisJson;
import org.parley.analysis.report.Briefing;
import org.parley.analysis.report.BriefingBuilder;
import org.parley.analysis.report.BriefingOptions;
import org.parley.analysis.report.HtmlReport;
import org.parley.analysis.report.Names;
import org.parley.analysis.report.TextReport;
import org.parley.ledger.LedgerSnapshot;

/**
 * Builds a briefing from a snapshot and writes it: JSON or text to the command's output, or, with
 * {@code --html}, the standalone HTML file (written whole, then moved into place) and one line
 * saying where. Stateless and thread-safe.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * Writes the briefing of {@code snapshot}: JSON when {@code json}, else the HTML file {@code
   * html} when given, else text.
   */
  public static void write(
      LedgerSnapshot snapshot,
      BriefingOptions options,
      @Nullable Path html,
      boolean json,
      Names names,
      PrintWriter out) {
    Briefing b = new BriefingBuilder(names).build(snapshot, options);
    if (json) {
      out.println(new AnalysisJson(names).briefing(b));
    } else if (html != null) {
      Path file = html;
      writeFile(file, new HtmlReport(names).render(b));
      out.printf(
          "wrote %s: briefing of %d claims from %d documents, ledger as of %s%n",
          file, b.scope().claims(), b.scope().documents(), b.asOf());
    } else {
      out.print(new TextReport(names).render(b));
    }
    out.flush();
  }

  private static void writeFile(Path file, String html) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      // a sibling written in full, then moved: the file is never seen half-written, and it gets
      // the permissions of any new file (createTempFile would make it private to its owner)
      Path tmp = target.resolveSibling("." + target.getFileName() + ".parley-tmp");
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the HTML briefing " + file, e);
    }
  }
}
