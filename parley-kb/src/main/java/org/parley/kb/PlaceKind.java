package org.parley.kb;

/** What kind of named place a {@link Place} is. */
public enum PlaceKind {
  /** A city; cities that share a name with their region are places of this kind. */
  CITY,
  /** A town. */
  TOWN,
  /** A village or rural settlement. */
  VILLAGE,
  /** An island. */
  ISLAND,
  /** A single site: a power plant, a dam, a bridge, a steelworks, an airport. */
  SITE,
  /** A named area smaller than a region (an exclusion zone, a district, a spit). */
  AREA
}
