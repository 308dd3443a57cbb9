package org.parley.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.parley.model.ActorId;
import org.parley.model.Approx;
import org.parley.model.Attribution;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Demand;
import org.parley.model.Document;
import org.parley.model.DocumentId;
import org.parley.model.Evidence;
import org.parley.model.Measure;
import org.parley.model.Meeting;
import org.parley.model.PartialDate;
import org.parley.model.Polarity;
import org.parley.model.Provenance;
import org.parley.model.Provision;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.model.Span;
import org.parley.model.Status;

/** Documents and claims for ledger tests, with text written for the tests. */
public final class LedgerFixture {
  public static final RunIdentity V1 = new RunIdentity("extract-1", "kb-1");
  public static final RunIdentity V2 = new RunIdentity("extract-2", "kb-1");

  private LedgerFixture() {}

  /** A document of the test wire, published on {@code date}. */
  public static Document document(String id, String date, String text) {
    return Document.of(
        new DocumentId(id),
        LocalDate.parse(date),
        "Test Wire",
        "https://example.org/" + id,
        "Report " + id,
        text);
  }

  /** Provenance in {@code doc}: evidence [0, 12), valid on {@code validTime} (or none). */
  public static Provenance provenance(String doc, String validTime, Status status) {
    return new Provenance(
        new Evidence(new DocumentId(doc), List.of(new Span(0, 12)), "Moscow wants"),
        validTime == null ? null : PartialDate.parse(validTime),
        LocalDate.of(2025, 8, 21),
        status,
        Attribution.onRecord(),
        0.8,
        "fixture");
  }

  public static Demand demand(
      String doc, String holder, ProvisionType type, String validTime, String... regions) {
    return new Demand(
        provenance(doc, validTime, Status.ASSERTED),
        ActorId.of(holder),
        null,
        null,
        new Provision(type, Polarity.FOR, regions(regions), null, null));
  }

  public static Control control(
      String doc, String holder, String region, double share, String validTime) {
    return new Control(
        provenance(doc, validTime, Status.ESTIMATED),
        ActorId.of(holder),
        null,
        regions(region),
        Measure.share(share, Approx.ABOUT));
  }

  public static Meeting meeting(String doc, String validTime, String... participants) {
    return new Meeting(
        provenance(doc, validTime, Status.REPORTED),
        Arrays.stream(participants).map(ActorId::of).toList(),
        "Alaska");
  }

  public static Extraction extraction(Document d, RunIdentity run, Claim... claims) {
    return new Extraction(d, run, List.of(claims));
  }

  private static List<RegionId> regions(String... ids) {
    return Arrays.stream(ids).map(RegionId::of).toList();
  }
}
