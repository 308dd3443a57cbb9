package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.PlacedMention;
import org.parley.kb.Theatre;
import org.parley.language.mention.ActorMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.mention.RegionReading;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * The regions a provision is about: the region, place and group mentions in its stretch of text,
 * and the territory of a self-proclaimed entity named there (the DPR is Donetsk). A whole country
 * and an aggregate that the text also lists by its members ("all four regions ..., including
 * Donetsk and Luhansk") are left out. Stateless.
 */
public final class ProvisionRegions {
  private ProvisionRegions() {}

  /** The regions named in normalised [from, to), sorted. */
  public static List<RegionId> in(DocContext ctx, int from, int to) {
    Set<RegionId> explicit = new TreeSet<>();
    Set<RegionId> aggregate = new TreeSet<>();
    for (PlacedMention pm : ctx.mentionsIn(from, to)) {
      switch (pm.mention()) {
        case RegionMention r when r.reading() == RegionReading.COUNTRY -> {}
        case RegionMention r when r.reading() == RegionReading.AGGREGATE ->
            aggregate.addAll(r.regions());
        case RegionMention r -> explicit.addAll(inTheatre(ctx.theatre(), r.regions()));
        case ActorMention a when ctx.theatre().isAlly(a.holder()) -> explicit.addAll(a.regions());
        default -> {}
      }
    }
    if (explicit.size() >= 2 || aggregate.isEmpty()) {
      return new ArrayList<>(explicit);
    }
    explicit.addAll(aggregate);
    return new ArrayList<>(explicit);
  }

  /**
   * Subdivisions of the theatre's countries (Ukraine, Russia); a whole country or a venue abroad is
   * left out.
   */
  private static List<RegionId> inTheatre(Theatre theatre, List<RegionId> regions) {
    return regions.stream().filter(r -> !r.isCountry()).filter(theatre::isInTheatre).toList();
  }

  static boolean names(DocContext ctx, int from, int to, ActorId actor) {
    return ctx.mentionsIn(from, to).stream()
        .anyMatch(pm -> pm.mention() instanceof ActorMention a && a.holder().equals(actor));
  }
}
