package org.parley.cli.answer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.PartyResolver;
import org.parley.analysis.report.Names;
import org.parley.kb.KnowledgeBase;
import org.parley.model.ActorId;
import org.parley.model.PartialDate;
import picocli.CommandLine.Option;

/**
 * The options every answer command shares (a picocli mixin): extra knowledge-base files and JSON
 * output; and the readers of parties and dates those commands take. Not thread-safe; one per
 * command run.
 */
public final class AnswerOptions {
  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description = "a knowledge-base file that adds or overrides names (repeatable; later wins)")
  List<Path> kbFiles = new ArrayList<>();

  @Option(names = "--json", description = "print JSON instead of a table")
  boolean json;

  @Option(names = "--csv", description = "print a flat CSV table (one row per line of the answer)")
  boolean csv;

  @Option(
      names = "--excel",
      description = "CSV with a UTF-8 byte-order mark, for Excel (implies --csv)")
  boolean excel;

  private @Nullable KnowledgeBase kb;

  public boolean json() {
    return json;
  }

  /** Whether the answer is wanted as CSV ({@code --csv} or {@code --excel}). */
  public boolean csv() {
    return csv || excel;
  }

  public boolean excel() {
    return excel;
  }

  /** The extra knowledge-base files given with {@code --kb}, in order. */
  public List<Path> kbFiles() {
    return List.copyOf(kbFiles);
  }

  /** The bundled knowledge base plus the user's files, loaded once. */
  public KnowledgeBase knowledgeBase() {
    if (kb == null) {
      kb = kbFiles.isEmpty() ? KnowledgeBase.loadDefault() : KnowledgeBase.load(kbFiles);
    }
    return kb;
  }

  public Names names() {
    return new Names(knowledgeBase());
  }

  /**
   * The party a user named: an actor id, or a name the knowledge base knows ("Russia", "the
   * Kremlin", "Putin" for the party he speaks for).
   *
   * @throws IllegalArgumentException naming the text and near matches
   */
  public ActorId party(String text) {
    return new PartyResolver(knowledgeBase()).resolve(text);
  }

  /** The last day of a date option (YYYY, YYYY-MM or YYYY-MM-DD): {@code 2024} → 2024-12-31. */
  public static @Nullable LocalDate lastDay(String option, @Nullable String text) {
    return text == null ? null : date(option, text).end();
  }

  /** The first day of a date option: {@code 2025-08} → 2025-08-01. */
  public static @Nullable LocalDate firstDay(String option, @Nullable String text) {
    return text == null ? null : date(option, text).start();
  }

  private static PartialDate date(String option, String text) {
    try {
      return PartialDate.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " " + e.getMessage(), e);
    }
  }
}
