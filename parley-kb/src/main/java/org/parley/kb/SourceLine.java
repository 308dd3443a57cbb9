package org.parley.kb;

/** A position in a knowledge-base file, printed as {@code FILE:LINE}. */
record SourceLine(String file, int line) {
  String problem(String message) {
    return this + ": " + message;
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
