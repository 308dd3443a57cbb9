package org.parley.bench.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.parley.ledger.ClaimQuery;
import org.parley.model.ActorId;
import org.parley.model.ClaimKind;
import org.parley.model.DocumentId;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.model.Status;

/** The common claim queries, each drawing its parameters from a seeded random source. */
final class QueryMix {
  private QueryMix() {}

  static Map<String, Function<SplittableRandom, ClaimQuery>> common(int documents) {
    Map<String, Function<SplittableRandom, ClaimQuery>> q = new LinkedHashMap<>();
    q.put("newest 100", r -> ClaimQuery.all());
    q.put("by party", r -> ClaimQuery.all().withParty(party(r)));
    q.put("by kind", QueryMix::byKind);
    q.put("by provision type", r -> ClaimQuery.all().withProvisionType(type(r)));
    q.put("by region", QueryMix::byRegion);
    q.put("party + type", r -> ClaimQuery.all().withParty(party(r)).withProvisionType(type(r)));
    q.put("party + region + kind", QueryMix::byPartyRegionAndKind);
    q.put("valid-time month", QueryMix::byValidTimeMonth);
    q.put("party in a month", QueryMix::byPartyInAMonth);
    q.put("by status", QueryMix::byStatus);
    q.put("by document", r -> ClaimQuery.all().withDoc(document(r, documents)));
    q.put("by outlet", QueryMix::byOutlet);
    q.put(
        "history of a document",
        r -> ClaimQuery.all().withSuperseded(true).withDoc(document(r, documents)));
    return q;
  }

  private static ClaimQuery byKind(SplittableRandom r) {
    return ClaimQuery.all()
        .withKinds(Set.of(ClaimKind.values()[r.nextInt(ClaimKind.values().length)]));
  }

  private static ClaimQuery byRegion(SplittableRandom r) {
    return ClaimQuery.all()
        .withRegion(
            RegionId.of(SyntheticCorpus.REGIONS.get(r.nextInt(SyntheticCorpus.REGIONS.size()))));
  }

  private static ClaimQuery byPartyRegionAndKind(SplittableRandom r) {
    return ClaimQuery.all()
        .withParty(party(r))
        .withRegion(RegionId.of("UA-14"))
        .withKinds(Set.of(ClaimKind.CONTROL));
  }

  private static ClaimQuery byValidTimeMonth(SplittableRandom r) {
    LocalDate from = month(r);
    return ClaimQuery.all().withValidTime(from, from.plusMonths(1).minusDays(1));
  }

  private static ClaimQuery byPartyInAMonth(SplittableRandom r) {
    LocalDate from = month(r);
    return ClaimQuery.all().withParty(party(r)).withValidTime(from, from.plusMonths(1));
  }

  private static ClaimQuery byStatus(SplittableRandom r) {
    return ClaimQuery.all().withStatus(Status.values()[r.nextInt(Status.values().length)]);
  }

  private static ClaimQuery byOutlet(SplittableRandom r) {
    return ClaimQuery.all()
        .withOutlet(SyntheticCorpus.OUTLETS.get(r.nextInt(SyntheticCorpus.OUTLETS.size())));
  }

  /** The first day of a month from 2022 to 2025. */
  private static LocalDate month(SplittableRandom r) {
    return LocalDate.of(2022 + r.nextInt(4), 1 + r.nextInt(12), 1);
  }

  private static DocumentId document(SplittableRandom r, int documents) {
    return new DocumentId("bench-%07d".formatted(r.nextInt(documents)));
  }

  private static ActorId party(SplittableRandom r) {
    return ActorId.of(SyntheticCorpus.PARTIES.get(r.nextInt(SyntheticCorpus.PARTIES.size())));
  }

  private static ProvisionType type(SplittableRandom r) {
    return ProvisionType.values()[r.nextInt(ProvisionType.values().length)];
  }
}
