package org.parley.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.parley.cli.Parley;
import picocli.CommandLine;

/** Runs the real {@code parley} command line in this JVM, for comparisons with the job. */
final class Cli {
  /** The outcome of one command line. */
  record Run(int code, String out, String err) {}

  private Cli() {}

  /** Runs {@code parley args...}. */
  static Run parley(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Parley.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
