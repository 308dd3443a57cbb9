package org.parley.testkit;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.ActorId;
import org.parley.model.Approx;
import org.parley.model.Attribution;
import org.parley.model.Control;
import org.parley.model.Demand;
import org.parley.model.DocumentId;
import org.parley.model.Evidence;
import org.parley.model.Measure;
import org.parley.model.Meeting;
import org.parley.model.Offer;
import org.parley.model.PartialDate;
import org.parley.model.Polarity;
import org.parley.model.Provenance;
import org.parley.model.Provision;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.model.Rejection;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.Status;

/** Claims for tests, one static factory per shape (the ddd library's fixture style). */
public final class ClaimFixture {
  private ClaimFixture() {}

  /** Provenance in document {@code doc}, evidence [0, 10), valid on {@code validTime}. */
  public static Provenance provenance(String doc, String validTime) {
    return new Provenance(
        new Evidence(new DocumentId(doc), List.of(new Span(0, 10)), "evidence."),
        PartialDate.parse(validTime),
        LocalDate.of(2025, 8, 21),
        Status.ASSERTED,
        Attribution.onRecord(),
        0.9,
        "fixture");
  }

  /** Russia demands the Donbas be handed over, on 2025-08-15. */
  public static Demand demandDonbas() {
    return new Demand(
        provenance("doc-demand", "2025-08-15"),
        ActorId.of("RUS"),
        "putin",
        ActorId.of("USA"),
        new Provision(
            ProvisionType.TERRITORY_CEDE,
            Polarity.FOR,
            regions("UA-09", "UA-14"),
            ActorId.of("RUS"),
            null));
  }

  /** Russia offers to freeze the line in Kharkiv and Zaporizhzhia. */
  public static Offer offerFreeze() {
    return new Offer(
        provenance("doc-offer", "2025-08-15"),
        ActorId.of("RUS"),
        "putin",
        null,
        new Provision(
            ProvisionType.TERRITORY_FREEZE, Polarity.FOR, regions("UA-23", "UA-63"), null, null));
  }

  /** Ukraine rejects ceding the Donbas. */
  public static Rejection rejectCession() {
    return new Rejection(
        provenance("doc-rejection", "2025-08-18"),
        ActorId.of("UKR"),
        "zelensky",
        null,
        new Provision(
            ProvisionType.TERRITORY_CEDE,
            Polarity.FOR,
            regions("UA-09", "UA-14"),
            ActorId.of("RUS"),
            null));
  }

  /** Russia controls a share of a region. */
  public static Control control(String region, double share, Approx approx) {
    return new Control(
        provenance("doc-control", "2025-08-15"),
        ActorId.of("RUS"),
        null,
        regions(region),
        Measure.share(share, approx));
  }

  /** A quotation by a named speaker. */
  public static Statement statement(String agent, String holder, String quote) {
    return new Statement(provenance("doc-statement", "2025-08"), ActorId.of(holder), agent, quote);
  }

  /** A meeting of two people. */
  public static Meeting meeting(String a, String b, String place) {
    return new Meeting(
        provenance("doc-meeting", "2025-08-15"), List.of(ActorId.of(a), ActorId.of(b)), place);
  }

  public static List<RegionId> regions(String... ids) {
    return java.util.Arrays.stream(ids).map(RegionId::of).toList();
  }
}
