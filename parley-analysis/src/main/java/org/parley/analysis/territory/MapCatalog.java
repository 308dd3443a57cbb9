package org.parley.analysis.territory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The control maps a user pointed at: one GeoJSON file, or the dated {@code .geojson}/{@code .json}
 * files directly inside a folder (not its subfolders, so that two sources are never mixed). A map's
 * date comes from its file name ({@code deepstatemap_data_20250815.geojson}, {@code
 * 20220224_RussianAssessedCoTinUkraine.geojson}, {@code …2025-08-15…}); a single file may be given
 * its date instead. Immutable; nothing is read until a map is needed.
 */
public final class MapCatalog {
  private static final Pattern DATE_IN_NAME =
      Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");

  private final Path origin;
  private final List<MapEntry> entries;

  private MapCatalog(Path origin, List<MapEntry> entries) {
    this.origin = origin;
    this.entries = entries.stream().sorted().toList();
  }

  /**
   * The maps at {@code fileOrFolder}. For a single file, {@code fileDate} (when given) is its date;
   * otherwise the date must be in its name. A folder must hold at least one dated map.
   */
  public static MapCatalog of(Path fileOrFolder, @Nullable LocalDate fileDate) {
    if (Files.isDirectory(fileOrFolder)) {
      List<MapEntry> found = scan(fileOrFolder);
      if (found.isEmpty()) {
        throw new IllegalArgumentException(
            fileOrFolder + ": no GeoJSON map with a date in its name (…YYYYMMDD….geojson)");
      }
      return new MapCatalog(fileOrFolder, found);
    }
    if (!Files.isRegularFile(fileOrFolder)) {
      throw new IllegalArgumentException("no such map file or folder: " + fileOrFolder);
    }
    LocalDate date = fileDate != null ? fileDate : dateInName(fileOrFolder).orElse(null);
    if (date == null) {
      throw new IllegalArgumentException(
          fileOrFolder
              + ": cannot tell which day the map shows; give its date (--date YYYY-MM-DD)");
    }
    return new MapCatalog(fileOrFolder, List.of(new MapEntry(date, fileOrFolder)));
  }

  /** The date written in a file name, if there is exactly one readable one. */
  public static Optional<LocalDate> dateInName(Path file) {
    Path name = file.getFileName();
    Matcher m = DATE_IN_NAME.matcher(name == null ? "" : name.toString());
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  public List<MapEntry> entries() {
    return entries;
  }

  /** The newest map. */
  public MapEntry latest() {
    return entries.get(entries.size() - 1);
  }

  /**
   * The newest map dated within [{@code from} − {@code toleranceDays}, {@code to}]: for a claim
   * about one day, {@code from} and {@code to} are that day; for a month or a year, its first and
   * last day.
   */
  public MapLookup lookup(LocalDate from, LocalDate to, int toleranceDays) {
    if (toleranceDays < 0 || to.isBefore(from)) {
      throw new IllegalArgumentException(
          "bad date window %s..%s ±%d".formatted(from, to, toleranceDays));
    }
    LocalDate earliest = from.minusDays(toleranceDays);
    for (int i = entries.size() - 1; i >= 0; i--) {
      MapEntry e = entries.get(i);
      if (!e.date().isAfter(to) && !e.date().isBefore(earliest)) {
        return new MapLookup.Found(e);
      }
    }
    return new MapLookup.Missing(
        "no map dated %s..%s (%d days' tolerance); the maps cover %s"
            .formatted(earliest, to, toleranceDays, span()));
  }

  /** The dates the catalog covers: "2024-07-08..2026-08-22 (57 maps)". */
  public String span() {
    return entries.size() == 1
        ? entries.get(0).date() + " (1 map)"
        : "%s..%s (%d maps)".formatted(entries.get(0).date(), latest().date(), entries.size());
  }

  /** What the catalog covers and where: "2024-07-08..2026-08-22 (57 maps) in deepstate". */
  public String coverage() {
    return span() + " in " + origin;
  }

  private static List<MapEntry> scan(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(MapCatalog::isGeoJsonName)
          .flatMap(f -> dateInName(f).map(d -> new MapEntry(d, f)).stream())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list maps in " + folder, e);
    }
  }

  private static boolean isGeoJsonName(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".geojson") || name.endsWith(".json");
  }
}
