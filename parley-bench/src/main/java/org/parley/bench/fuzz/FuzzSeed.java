package org.parley.bench.fuzz;

import java.util.Objects;

/**
 * One well-formed input the fuzzer starts from: its file name (whose extension tells the reader the
 * format) and its bytes. Immutable: {@link #content()} returns a copy.
 */
public record FuzzSeed(String name, byte[] content) {
  public FuzzSeed {
    Objects.requireNonNull(name, "name");
    content = content.clone();
  }

  /** A copy of the seed's bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The file extension with its dot ({@code .jsonl}, {@code .jsonl.gz}), or empty. */
  public String extension() {
    int dot = name.indexOf('.');
    return dot < 0 ? "" : name.substring(dot);
  }
}
