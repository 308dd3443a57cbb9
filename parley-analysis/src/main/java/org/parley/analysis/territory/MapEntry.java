package org.parley.analysis.territory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/** A control map file and the day it shows, before it is read. */
public record MapEntry(LocalDate date, Path file) implements Comparable<MapEntry> {
  public MapEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(file, "file");
  }

  @Override
  public int compareTo(MapEntry o) {
    int byDate = date.compareTo(o.date);
    return byDate != 0 ? byDate : file.compareTo(o.file);
  }
}
