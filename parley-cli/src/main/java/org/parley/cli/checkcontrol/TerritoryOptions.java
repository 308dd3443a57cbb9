package org.parley.cli.checkcontrol;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.territory.BoundaryLoader;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.analysis.territory.RegionBoundaries;
import picocli.CommandLine.Option;

/**
 * The options every map command takes: which boundaries (the bundled ones unless a file is given),
 * which land mask to clip a given file to, the date of a single map file, and how many days a map
 * may precede the date asked for.
 */
public final class TerritoryOptions {
  @Option(
      names = "--boundaries",
      paramLabel = "FILE",
      description = {
        "region boundaries: GeoJSON with an ISO 3166-2 code in 'shapeISO' (geoBoundaries ADM1).",
        "Default: the simplified geoBoundaries UKR ADM1 that ships with Parley (ODbL, see NOTICE)."
      })
  @Nullable Path boundaries;

  @Option(
      names = "--land-mask",
      paramLabel = "FILE|none",
      description = {
        "land outline to clip --boundaries to (geoBoundaries units include territorial sea).",
        "Default: the bundled outline of Ukraine; 'none' keeps the boundaries as they are."
      })
  @Nullable String landMask;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "the day a single map file shows (when its name has no date); with a folder, the day whose map to use")
  @Nullable LocalDate date;

  @Option(
      names = "--tolerance-days",
      paramLabel = "N",
      defaultValue = "7",
      description =
          "how many days a map may precede the date asked for (default: ${DEFAULT-VALUE})")
  int toleranceDays;

  /** The boundaries the options name, loaded and clipped. */
  public RegionBoundaries loadBoundaries() {
    BoundaryLoader loader = new BoundaryLoader();
    if (boundaries == null) {
      if (landMask != null) {
        throw new IllegalArgumentException("--land-mask applies to a --boundaries file only");
      }
      return loader.loadBundled();
    }
    requireFile(boundaries, "--boundaries");
    if (landMask == null) {
      return loader.loadClippedToBundledLand(boundaries);
    }
    if (landMask.equals("none")) {
      return loader.load(boundaries, null);
    }
    Path mask = Path.of(landMask);
    requireFile(mask, "--land-mask");
    return loader.load(boundaries, mask);
  }

  /** The day given with {@code --date}, if any. */
  public @Nullable LocalDate date() {
    return date;
  }

  public int toleranceDays() {
    if (toleranceDays < 0) {
      throw new IllegalArgumentException("--tolerance-days must be ≥ 0: " + toleranceDays);
    }
    return toleranceDays;
  }

  static void requireFile(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(option + ": no such file: " + file);
    }
  }

  /**
   * Reports every repair the maps read so far needed, one warning line each on {@code err}, so that
   * no measurement rests on a silent repair.
   */
  public static void reportRepairs(MeasuredMaps maps, PrintWriter err, String command) {
    maps.repairs()
        .forEach(
            (map, notes) ->
                notes.forEach(
                    n -> err.println("parley %s: warning: map %s: %s".formatted(command, map, n))));
  }
}
