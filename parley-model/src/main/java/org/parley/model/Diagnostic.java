package org.parley.model;

import java.util.Objects;

/**
 * A non-fatal finding about one input, reported and then passed over (jsoup's ParseErrorList idea):
 * {@code where} names the input precisely (a file, a file and line, a record id, a document and
 * offset), {@code problem} says what is wrong in words a user can act on.
 */
public record Diagnostic(Severity severity, String where, String problem) {
  /** How bad the finding is. */
  public enum Severity {
    /**
     * Worth knowing; nothing was lost (a date guessed from the header, a quote left unattributed).
     */
    INFO,
    /** Something was passed over or degraded (an unparseable date recorded as unknown). */
    WARNING,
    /** The input could not be used at all (an unreadable file, a malformed record). */
    ERROR
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    if (where.isBlank() || problem.isBlank()) {
      throw new IllegalArgumentException("a diagnostic names where and what");
    }
  }

  public static Diagnostic error(String where, String problem) {
    return new Diagnostic(Severity.ERROR, where, problem);
  }

  public static Diagnostic warning(String where, String problem) {
    return new Diagnostic(Severity.WARNING, where, problem);
  }

  public static Diagnostic info(String where, String problem) {
    return new Diagnostic(Severity.INFO, where, problem);
  }

  @Override
  public String toString() {
    return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + where + ": " + problem;
  }
}
