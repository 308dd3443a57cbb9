package org.parley.analysis.territory;

/** The outcome of asking a {@link MapCatalog} for the map of a date: found, or why not. */
public sealed interface MapLookup {
  /** The map to use. */
  record Found(MapEntry entry) implements MapLookup {}

  /** No map fits; {@code reason} says which dates were wanted and which the catalog has. */
  record Missing(String reason) implements MapLookup {}
}
