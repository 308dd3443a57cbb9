package org.parley.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.parley.model.ActorId;
import org.parley.model.Approx;
import org.parley.model.Attribution;
import org.parley.model.Control;
import org.parley.model.Demand;
import org.parley.model.DocumentId;
import org.parley.model.Evidence;
import org.parley.model.Measure;
import org.parley.model.Offer;
import org.parley.model.PartialDate;
import org.parley.model.Polarity;
import org.parley.model.Provenance;
import org.parley.model.Provision;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.model.Rejection;
import org.parley.model.Span;
import org.parley.model.Status;

/** Claims for analysis tests, one per call, each in its own document. */
public final class ClaimFactory {
  private ClaimFactory() {}

  /** Provenance in {@code doc}, valid at {@code validTime}, reported 2025-08-21, asserted. */
  public static Provenance provenance(String doc, String validTime) {
    return new Provenance(
        new Evidence(new DocumentId(doc), List.of(new Span(0, 20)), "evidence of " + doc),
        PartialDate.parse(validTime),
        LocalDate.of(2025, 8, 21),
        Status.ASSERTED,
        Attribution.onRecord(),
        0.9,
        "test");
  }

  public static Provision provision(ProvisionType type, Polarity polarity, String... regions) {
    return new Provision(type, polarity, regions(regions), null, null);
  }

  public static Demand demand(
      String doc, String holder, ProvisionType type, String validTime, String... regions) {
    return new Demand(
        provenance(doc, validTime),
        ActorId.of(holder),
        null,
        null,
        provision(type, Polarity.FOR, regions));
  }

  /** A demand made of {@code addressee} (the party asked to act). */
  public static Demand demandOf(
      String doc,
      String holder,
      String addressee,
      ProvisionType type,
      String validTime,
      String... regions) {
    return new Demand(
        provenance(doc, validTime),
        ActorId.of(holder),
        null,
        ActorId.of(addressee),
        provision(type, Polarity.FOR, regions));
  }

  public static Offer offer(
      String doc, String holder, ProvisionType type, String validTime, String... regions) {
    return new Offer(
        provenance(doc, validTime),
        ActorId.of(holder),
        null,
        null,
        provision(type, Polarity.FOR, regions));
  }

  public static Rejection rejection(
      String doc, String holder, ProvisionType type, String validTime, String... regions) {
    return new Rejection(
        provenance(doc, validTime),
        ActorId.of(holder),
        null,
        null,
        provision(type, Polarity.FOR, regions));
  }

  public static Control control(
      String doc, String holder, String validTime, Measure measure, String... regions) {
    return new Control(
        provenance(doc, validTime), ActorId.of(holder), null, regions(regions), measure);
  }

  public static Control share(String doc, String validTime, double share, String region) {
    return control(doc, "RUS", validTime, Measure.share(share, Approx.ABOUT), region);
  }

  public static List<RegionId> regions(String... ids) {
    return Arrays.stream(ids).map(RegionId::of).toList();
  }
}
