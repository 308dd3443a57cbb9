package org.parley.cli.answer;

import java.io.PrintWriter;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.parley.analysis.report.CitationIndex;
import org.parley.analysis.report.Sources;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.LedgerSnapshot;

/**
 * Prints a text answer: a title line, the line naming the ledger and the recorded instant it was
 * read as of, the body (which cites through one {@link CitationIndex}), and the numbered sources.
 * Stateless and thread-safe.
 */
public final class AnswerPrinter {
  private AnswerPrinter() {}

  /**
   * Prints the JSON document when {@code json}, else the text answer: {@code title}, the ledger
   * line, the body and the sources.
   */
  public static void answer(
      boolean json,
      Supplier<String> jsonText,
      Supplier<String> title,
      ClaimLedger ledger,
      LedgerSnapshot snapshot,
      BiConsumer<CitationIndex, StringBuilder> body,
      PrintWriter out) {
    if (json) {
      out.println(jsonText.get());
      out.flush();
    } else {
      print(title.get(), ledger, snapshot, body, out);
    }
  }

  /** Prints {@code title}, the ledger line, the body and the sources to {@code out}. */
  public static void print(
      String title,
      ClaimLedger ledger,
      LedgerSnapshot snapshot,
      BiConsumer<CitationIndex, StringBuilder> body,
      PrintWriter out) {
    CitationIndex index = new CitationIndex();
    StringBuilder text = new StringBuilder();
    text.append(title).append('\n');
    text.append("Ledger ")
        .append(ledger.describe())
        .append(" as of ")
        .append(snapshot.asOf())
        .append(" (--as-of ")
        .append(snapshot.asOf())
        .append(" reproduces this answer)\n\n");
    body.accept(index, text);
    if (!index.isEmpty()) {
      text.append('\n');
      new Sources().append(index, text);
    }
    out.print(text);
    out.flush();
  }
}
