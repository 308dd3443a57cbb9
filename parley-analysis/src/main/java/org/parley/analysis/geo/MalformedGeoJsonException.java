package org.parley.analysis.geo;

import java.nio.file.Path;

/** A GeoJSON file that cannot be read as features: the message names the file and the problem. */
public final class MalformedGeoJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public MalformedGeoJsonException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
