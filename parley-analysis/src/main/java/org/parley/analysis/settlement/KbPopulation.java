package org.parley.analysis.settlement;

import java.util.OptionalLong;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Region;
import org.parley.model.RegionId;

/**
 * Population figures from Parley's knowledge base ({@code parley-kb}): mostly pre-war estimates for
 * 1 January 2022 (the knowledge base's regions file names the source of each). Thread-safe.
 */
public final class KbPopulation implements PopulationSource {
  private final KnowledgeBase kb;

  public KbPopulation(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The figures of the knowledge base that ships with Parley. */
  public static PopulationSource fromDefaultKnowledgeBase() {
    return new KbPopulation(KnowledgeBase.loadDefault());
  }

  @Override
  public OptionalLong population(RegionId region) {
    return kb.region(region).map(Region::population).orElse(OptionalLong.empty());
  }

  @Override
  public String basis() {
    return "knowledge-base populations (mostly pre-war, 1 Jan 2022; sources in parley-kb"
        + " regions.tsv) × the share of the region's land that moves: an estimate that assumes"
        + " people are spread evenly over the land, ignoring displacement since 2022";
  }
}
