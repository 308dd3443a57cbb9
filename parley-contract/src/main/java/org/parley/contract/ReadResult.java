package org.parley.contract;

import org.parley.model.Claim;

/** The outcome of reading one JSONL line: a claim, or why the line is not one. */
public sealed interface ReadResult {
  /** The line held a valid record. */
  record Parsed(Claim claim) implements ReadResult {}

  /** The line is not a valid record; {@code where} names the source and line. */
  record Invalid(String where, String problem) implements ReadResult {
    @Override
    public String toString() {
      return where + ": " + problem;
    }
  }
}
