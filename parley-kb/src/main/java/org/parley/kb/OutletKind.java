package org.parley.kb;

/** What kind of channel an {@link Outlet} is. */
public enum OutletKind {
  /** A news agency or wire service (Reuters, TASS). */
  AGENCY,
  /** A newspaper, in print or online (The New York Times, Kommersant). */
  NEWSPAPER,
  /** A television or radio broadcaster (CNN, Rossiya 1). */
  BROADCASTER,
  /** A magazine (The Economist, Newsweek). */
  MAGAZINE,
  /** An online news site (Axios, Meduza). */
  ONLINE,
  /** A research institute, think tank or polling agency (ISW, RUSI, Levada Center). */
  INSTITUTE,
  /**
   * A party's own press office or official site (kremlin.ru, president.gov.ua, whitehouse.gov): its
   * texts are the party's transcripts, readouts and fact sheets.
   */
  OFFICE
}
