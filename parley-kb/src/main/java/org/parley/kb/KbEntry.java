package org.parley.kb;

import java.util.List;

/** One entry of the knowledge base: an actor, a person, a region, an aggregate or a place. */
public sealed interface KbEntry permits Actor, Person, Region, Aggregate, Place {
  /** The entry's id as written in the data files ({@code RUS}, {@code putin}, {@code UA-14}). */
  String key();

  /** The display name. */
  String name();

  /** Other names and spelling variants (not the name itself, adjectives or metonyms). */
  List<String> aliases();

  /**
   * The entry kind as written in the first column of a data file ({@code state}, {@code place}).
   */
  default String kindName() {
    return switch (this) {
      case Actor a ->
          switch (a.type()) {
            case STATE -> "state";
            case ORGANISATION -> "org";
            case ENTITY -> "entity";
          };
      case Person p -> "person";
      case Region r -> "region";
      case Aggregate g -> "aggregate";
      case Place p -> "place";
    };
  }
}
