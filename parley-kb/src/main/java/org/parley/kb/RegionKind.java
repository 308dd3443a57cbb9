package org.parley.kb;

/** What kind of territorial unit a {@link Region} is. */
public enum RegionKind {
  /** A whole country ({@code UA}). */
  COUNTRY,
  /** A Ukrainian oblast. */
  OBLAST,
  /** A city with special status that is its own ISO unit (Kyiv, Sevastopol). */
  CITY,
  /** An autonomous republic (Crimea). */
  REPUBLIC,
  /** A federal subject of Russia (Kursk, Belgorod oblasts). */
  FEDERAL_SUBJECT,
  /**
   * A first-level subdivision of a country outside the theatre (a US state, a Swiss canton, a
   * Turkish province, a Belarusian region): the region of a meeting venue abroad. Its ISO 3166-2
   * country ({@code RegionId.country()}) is neither UA nor RU.
   */
  SUBDIVISION
}
