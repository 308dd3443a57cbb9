package org.parley.cli.train;

import java.nio.file.Path;
import java.util.List;

/** Where the gold sets and their texts are by default: the shared material beside the project. */
public final class Defaults {
  /** The corpus sources holding the gold documents' texts. */
  public static final List<String> CORPUS =
      List.of(
          "../shared/data/articles/articles.jsonl",
          "../shared/gold/articles/dev.jsonl",
          "../shared/seeds",
          "corpus/own/articles.jsonl");

  /** The project's own annotated articles (written here, see corpus/own/README.md). */
  public static final Path OWN_GOLD = Path.of("corpus/own/gold");

  /** The development gold: the founding article and the development articles. */
  public static final Path DEV_GOLD = Path.of("../shared/gold");

  private Defaults() {}
}
