package org.parley.analysis.territory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One day's map of Russian-controlled territory: the date it shows, the file it came from, and the
 * controlled area as one valid polygonal geometry (longitude/latitude degrees). Immutable.
 */
public record ControlMap(LocalDate date, Path source, Geometry controlled) {
  public ControlMap {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(controlled, "controlled");
  }

  /** The file name, which is how tables and verdicts name the map. */
  public String name() {
    Path file = source.getFileName();
    return file == null ? source.toString() : file.toString();
  }
}
