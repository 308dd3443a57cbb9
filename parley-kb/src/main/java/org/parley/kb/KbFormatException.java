package org.parley.kb;

import java.util.List;

/**
 * A knowledge-base file that cannot be loaded; the message lists every problem found, each as
 * {@code FILE:LINE: problem}. It is an {@link IllegalArgumentException} because the file is input
 * the caller gave (the CLI maps it to the bad-input exit code).
 */
public final class KbFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public KbFormatException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code FILE:LINE: problem}, in the order found. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.size() == 1) {
      return problems.get(0);
    }
    return problems.size() + " problems in the knowledge base:\n  " + String.join("\n  ", problems);
  }
}
