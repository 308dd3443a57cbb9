package org.parley.kb;

import java.util.List;
import java.util.Objects;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * One side of the theatre's conflict: its principal (the state that speaks for it, {@code RUS}),
 * the allies that fight with it ({@code DPR}, {@code LPR}), the country of its state ({@code RU}),
 * and the words by which running text names it ({@code words}, case-sensitive: "Russians"), says
 * that something becomes its own ({@code possessives}, any case: "as part of Russia") and titles
 * its own regions and republics ({@code subjects}, case-sensitive: "Krai", "Tatarstan"). Immutable.
 */
public record TheatreSide(
    ActorId principal,
    String name,
    RegionId country,
    List<ActorId> allies,
    TheatreWords words,
    TheatreWords possessives,
    TheatreWords subjects) {
  public TheatreSide {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(country, "country");
    allies = List.copyOf(allies);
    if (!country.isCountry()) {
      throw new IllegalArgumentException(
          "a side's country is a whole country (RU), not " + country);
    }
  }

  /** Whether {@code actor} is this side's principal or one of its allies. */
  public boolean includes(ActorId actor) {
    return principal.equals(actor) || allies.contains(actor);
  }
}
