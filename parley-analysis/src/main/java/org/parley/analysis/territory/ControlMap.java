package org.parley.analysis.territory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One day's map of Russian-controlled territory: the date it shows, the file it came from, the
 * controlled area as one valid polygonal geometry (longitude/latitude degrees), and what had to be
 * repaired to get it (one note per invalid feature; empty when the file was valid). Immutable.
 */
public record ControlMap(LocalDate date, Path source, Geometry controlled, List<String> repairs) {
  /** A map that needed no repair. */
  public ControlMap(LocalDate date, Path source, Geometry controlled) {
    this(date, source, controlled, List.of());
  }

  public ControlMap {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(controlled, "controlled");
    repairs = List.copyOf(repairs);
  }

  /** The file name, which is how tables and verdicts name the map. */
  public String name() {
    Path file = source.getFileName();
    return file == null ? source.toString() : file.toString();
  }
}
