package org.parley.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.parley.ledger.Redaction;
import org.parley.model.error.ParleyException;
import picocli.CommandLine;

/**
 * Maps failures to exit codes and one readable line, in one place: 2 for bad input or usage, 3 for
 * infrastructure (a file or database that cannot be reached), 1 for anything else.
 */
public final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
  /** Some documents or records failed; the run went on past them. */
  public static final int PARTIAL = 4;

  /** Bad input: a file, option or record the user gave is wrong. */
  public static final int BAD_INPUT = 2;

  /** Infrastructure: a file, folder or database could not be read or reached. */
  public static final int UNAVAILABLE = 3;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    // a driver's or Flyway's message may quote the database URL it was given, password and all
    cli.getErr().println("parley " + cli.getCommandName() + ": " + Redaction.redact(message(e)));
    if (Boolean.getBoolean("parley.debug")) {
      e.printStackTrace(cli.getErr());
    }
    return code(e);
  }

  static int code(Throwable e) {
    if (e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException) {
      return BAD_INPUT;
    }
    if (e instanceof ParleyException
        || e instanceof UncheckedIOException
        || e instanceof java.io.IOException) {
      return UNAVAILABLE;
    }
    return 1;
  }

  private static String message(Throwable e) {
    Throwable root = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (root instanceof NoSuchFileException nsf) {
      return "no such file: " + nsf.getFile();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
