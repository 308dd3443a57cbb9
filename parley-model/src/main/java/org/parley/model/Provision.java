package org.parley.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The object of a demand, offer or rejection: a provision type, whether it should happen, the
 * regions it concerns (sorted, never aggregates), who gains from it, and a free-text detail.
 */
public record Provision(
    ProvisionType type,
    Polarity polarity,
    List<RegionId> regions,
    @Nullable ActorId beneficiary,
    @Nullable String detail) {

  public Provision {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(polarity, "polarity");
    regions = regions.stream().distinct().sorted().toList();
  }

  public static Provision of(ProvisionType type, Polarity polarity) {
    return new Provision(type, polarity, List.of(), null, null);
  }

  public Provision withRegions(List<RegionId> newRegions) {
    return new Provision(type, polarity, newRegions, beneficiary, detail);
  }

  public Provision withBeneficiary(@Nullable ActorId newBeneficiary) {
    return new Provision(type, polarity, regions, newBeneficiary, detail);
  }

  /**
   * What the detail is about, without its particulars: the part before {@code ": "} when the detail
   * names a category and then the words that stated it ("weapons and military aid: tanks" gives
   * "weapons and military aid"), otherwise the whole detail; empty without one. Two positions on
   * {@code other} with the same heading are the same position stated twice.
   */
  public String heading() {
    if (detail == null) {
      return "";
    }
    int colon = detail.indexOf(": ");
    return colon > 0 ? detail.substring(0, colon) : detail;
  }

  public Provision withDetail(@Nullable String newDetail) {
    return new Provision(type, polarity, regions, beneficiary, newDetail);
  }
}
