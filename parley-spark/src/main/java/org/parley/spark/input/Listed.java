package org.parley.spark.input;

import java.io.Serializable;

/** One entry of the input listing, with its place in reading order: a file, or a failure. */
public sealed interface Listed extends Serializable {
  /** The entry's position in reading order, from 0. */
  int index();

  /** How diagnostics name the entry. */
  String name();

  /**
   * A file to read: {@code uri} for the file system, {@code name} as the user named it (or the path
   * under a folder the user named); {@code inFolder} when it was found in a folder, where a file of
   * unknown format is passed over rather than reported as a failure.
   */
  record File(int index, String uri, String name, boolean inFolder) implements Listed {}

  /** A named input that cannot be read as a whole: why ({@code SkipReason} name) and in detail. */
  record Failed(int index, String name, String reason, String detail) implements Listed {}
}
