package org.parley.bench.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.parley.ledger.Extraction;
import org.parley.ledger.RunIdentity;
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

/**
 * Seeded synthetic documents (about 3 KB of text each) with claims spread over the parties, kinds,
 * provision types, regions, statuses, outlets and four years of valid time that real coverage
 * shows; document {@code i} is always the same.
 */
final class SyntheticCorpus {
  static final List<String> PARTIES =
      List.of(
          "RUS", "RUS", "RUS", "UKR", "UKR", "UKR", "USA", "USA", "EU", "NATO", "GBR", "FRA", "DEU",
          "CHN", "TUR", "BLR");
  static final List<String> REGIONS =
      List.of(
          "UA-14", "UA-09", "UA-23", "UA-65", "UA-63", "UA-59", "UA-12", "UA-43", "UA-40", "UA-48",
          "UA-51", "UA-32", "UA-30", "UA-74", "UA");
  static final List<String> OUTLETS =
      List.of(
          "Reuters",
          "AP",
          "BBC",
          "Kyiv Independent",
          "Meduza",
          "TASS",
          "Guardian",
          "NYT",
          "Politico",
          "DW",
          "France 24",
          "Al Jazeera");
  private static final String[] WORDS =
      ("the talks ceasefire front line negotiators said Moscow "
              + "Kyiv officials territory guarantees security demands offer rejected summit envoy "
              + "sanctions troops withdrawal region control estimate analysts reported according to "
              + "sources meeting plan peace deal proposal week minister president")
          .split(" ");
  private static final LocalDate START = LocalDate.of(2022, 2, 24);

  private final int claimsPerDocument;

  SyntheticCorpus(int claimsPerDocument) {
    this.claimsPerDocument = claimsPerDocument;
  }

  Extraction extraction(int i, RunIdentity run) {
    SplittableRandom r = new SplittableRandom(i * 31L + run.extractor().hashCode());
    DocumentId id = new DocumentId("bench-%07d".formatted(i));
    LocalDate date = START.plusDays(r.nextInt(1_400));
    StringBuilder text = new StringBuilder(3_200);
    while (text.length() < 3_000) {
      text.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(12) == 0 ? ". " : " ");
    }
    Document d =
        Document.of(
            id, date, OUTLETS.get(i % OUTLETS.size()), null, "Report " + i, text.toString());
    List<Claim> claims = new ArrayList<>();
    for (int c = 0; c < claimsPerDocument; c++) {
      claims.add(claim(r, id, date, d.text()));
    }
    return new Extraction(d, run, claims);
  }

  private static Claim claim(SplittableRandom r, DocumentId id, LocalDate date, String text) {
    Provenance p = provenance(r, id, date, text);
    ActorId holder = ActorId.of(pick(r, PARTIES));
    return claimOfKind(r, p, holder);
  }

  private static Provenance provenance(
      SplittableRandom r, DocumentId id, LocalDate date, String text) {
    int start = r.nextInt(text.length() - 200);
    Span span = new Span(start, start + 120 + r.nextInt(80));
    LocalDate valid = date.minusDays(r.nextInt(10));
    PartialDate when =
        r.nextInt(5) == 0
            ? PartialDate.ofMonth(valid.getYear(), valid.getMonthValue())
            : PartialDate.ofDay(valid);
    return new Provenance(
        new Evidence(id, List.of(span), span.of(text)),
        r.nextInt(8) == 0 ? null : when,
        date,
        Status.values()[r.nextInt(Status.values().length)],
        Attribution.onRecord(),
        0.5 + r.nextDouble() / 2,
        "bench");
  }

  /** A claim of a kind drawn with fixed odds: demands most, meetings least. */
  private static Claim claimOfKind(SplittableRandom r, Provenance p, ActorId holder) {
    int kind = r.nextInt(20);
    if (kind < 5) {
      return new Demand(p, holder, null, null, provision(r));
    } else if (kind < 8) {
      return new Offer(p, holder, null, null, provision(r));
    } else if (kind < 10) {
      return new Rejection(p, holder, null, null, provision(r));
    } else if (kind < 14) {
      return new Control(
          p,
          holder,
          null,
          List.of(RegionId.of(pick(r, REGIONS))),
          Measure.share(r.nextDouble(), Approx.ABOUT));
    } else if (kind < 18) {
      return new Statement(p, holder, "putin", "we will not give up what is ours");
    }
    return new Meeting(
        p, List.of(holder, ActorId.of(pick(r, PARTIES)), ActorId.of("trump")), "Geneva");
  }

  private static Provision provision(SplittableRandom r) {
    ProvisionType type = ProvisionType.values()[r.nextInt(ProvisionType.values().length)];
    List<RegionId> regions =
        type.isTerritorial()
            ? List.of(RegionId.of(pick(r, REGIONS)), RegionId.of(pick(r, REGIONS)))
            : List.of();
    return new Provision(
        type, r.nextBoolean() ? Polarity.FOR : Polarity.AGAINST, regions, null, null);
  }

  private static String pick(SplittableRandom r, List<String> values) {
    return values.get(r.nextInt(values.size()));
  }
}
