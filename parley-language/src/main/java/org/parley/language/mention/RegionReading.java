package org.parley.language.mention;

/** How a {@link RegionMention} denotes its territory. */
public enum RegionReading {
  /** A region as such ("the Kharkiv region", "Luhansk oblast", "Crimea"). */
  REGION,
  /** A city ("the city of Kharkiv", "Kyiv" after a place preposition); regions: its region. */
  CITY,
  /** A town, village, site or area; regions: the region it lies in. */
  PLACE,
  /** A named group of regions ("the Donbas"); regions: its members. */
  AGGREGATE,
  /** A whole country ("in Ukraine"). */
  COUNTRY,
  /** A bare name that is both a city and its region ("Kharkiv"); regions: the region. */
  CITY_OR_REGION,
  /** A coordinated list read as one ("Donetsk, Kherson and Zaporizhzhia"); see members. */
  GROUP
}
