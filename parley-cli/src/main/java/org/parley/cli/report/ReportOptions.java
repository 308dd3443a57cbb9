package org.parley.cli.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.contradiction.DisputeTolerance;
import org.parley.analysis.contradiction.Period;
import org.parley.analysis.report.BriefingOptions;
import org.parley.analysis.report.ControlMapCheck;
import org.parley.analysis.territory.MapCatalog;
import org.parley.analysis.territory.MapSides;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.cli.answer.AnswerOptions;
import org.parley.cli.checkcontrol.TerritoryOptions;
import org.parley.kb.KnowledgeBase;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of a briefing (a picocli mixin shared by {@code report} and {@code brief}): which
 * dates count, how many parties, the dispute tolerance, the HTML file to write, and the maps to
 * check control claims against (with the map options of {@code check-control}).
 */
public final class ReportOptions {
  @Option(
      names = "--valid-at",
      paramLabel = "DATE",
      description = "the briefing as things stood on DATE: only claims dated on or before it")
  @Nullable String validAt;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "write the briefing as one standalone HTML file (inline CSS and SVG charts)")
  @Nullable Path html;

  @Option(
      names = "--map",
      paramLabel = "FILE|DIR",
      description = "control maps (GeoJSON, DeepStateMap or ISW) to check control claims against")
  @Nullable Path map;

  @Option(
      names = "--parties",
      paramLabel = "N",
      defaultValue = "4",
      description = "how many main parties to show (default: ${DEFAULT-VALUE})")
  int parties;

  @Option(
      names = "--tolerance",
      paramLabel = "PP",
      defaultValue = "5",
      description =
          "control shares this many points apart or more are a dispute (default: ${DEFAULT-VALUE})")
  double tolerance;

  @Mixin TerritoryOptions territory;

  public @Nullable Path html() {
    return html;
  }

  /**
   * The briefing options these name; reads and measures nothing until a map is needed, whose sides
   * are those of the theatre of {@code kb}'s knowledge base.
   */
  public BriefingOptions briefing(Supplier<KnowledgeBase> kb) {
    if (parties < 2) {
      throw new IllegalArgumentException("--parties must be at least 2: " + parties);
    }
    DisputeTolerance t = disputeTolerance();
    BriefingOptions o =
        new BriefingOptions(
            AnswerOptions.lastDay("--valid-at", validAt),
            parties,
            BriefingOptions.defaults().recentMonths(),
            BriefingOptions.defaults().maxShifts(),
            t,
            null);
    if (map == null) {
      return o;
    }
    if (!Files.exists(map)) {
      throw new IllegalArgumentException("--map: no such file or folder: " + map);
    }
    MapCatalog catalog = MapCatalog.of(map, Files.isDirectory(map) ? null : territory.date());
    return o.withMaps(
        new ControlMapCheck(
            new MeasuredMaps(catalog, territory.loadBoundaries()),
            territory.toleranceDays(),
            MapSides.of(kb.get())));
  }

  private DisputeTolerance disputeTolerance() {
    try {
      return new DisputeTolerance(tolerance, DisputeTolerance.DEFAULT.areaPercent(), Period.MONTH);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--tolerance " + e.getMessage(), e);
    }
  }
}
