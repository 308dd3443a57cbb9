package org.parley.cli.train;

import java.util.List;

/** Where the gold sets and their texts are by default: the shared material beside the project. */
public final class Defaults {
  /** The corpus sources holding the gold documents' texts. */
  public static final List<String> CORPUS =
      List.of(
          "../shared/data/articles/articles.jsonl",
          "../shared/gold/articles/dev.jsonl",
          "../shared/seeds");

  private Defaults() {}
}
