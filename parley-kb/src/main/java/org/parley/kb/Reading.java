package org.parley.kb;

/** How a surface form denotes its entry. */
public enum Reading {
  /** The entry's own name. */
  NAME,
  /** Another name or a spelling variant. */
  ALIAS,
  /** An adjective or demonym of an actor ("Russian", "U.S."). */
  ADJECTIVE,
  /** A place standing for an actor ("Moscow", "the Kremlin" for Russia). */
  METONYM
}
