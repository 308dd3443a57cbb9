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
    q.put(
        "by kind",
        r ->
            ClaimQuery.all()
                .withKinds(Set.of(ClaimKind.values()[r.nextInt(ClaimKind.values().length)])));
    q.put("by provision type", r -> ClaimQuery.all().withProvisionType(type(r)));
    q.put(
        "by region",
        r ->
            ClaimQuery.all()
                .withRegion(
                    RegionId.of(
                        SyntheticCorpus.REGIONS.get(r.nextInt(SyntheticCorpus.REGIONS.size())))));
    q.put("party + type", r -> ClaimQuery.all().withParty(party(r)).withProvisionType(type(r)));
    q.put(
        "party + region + kind",
        r ->
            ClaimQuery.all()
                .withParty(party(r))
                .withRegion(RegionId.of("UA-14"))
                .withKinds(Set.of(ClaimKind.CONTROL)));
    q.put(
        "valid-time month",
        r -> {
          LocalDate from = LocalDate.of(2022 + r.nextInt(4), 1 + r.nextInt(12), 1);
          return ClaimQuery.all().withValidTime(from, from.plusMonths(1).minusDays(1));
        });
    q.put(
        "party in a month",
        r -> {
          LocalDate from = LocalDate.of(2022 + r.nextInt(4), 1 + r.nextInt(12), 1);
          return ClaimQuery.all().withParty(party(r)).withValidTime(from, from.plusMonths(1));
        });
    q.put(
        "by status",
        r -> ClaimQuery.all().withStatus(Status.values()[r.nextInt(Status.values().length)]));
    q.put(
        "by document",
        r ->
            ClaimQuery.all().withDoc(new DocumentId("bench-%07d".formatted(r.nextInt(documents)))));
    q.put(
        "by outlet",
        r ->
            ClaimQuery.all()
                .withOutlet(
                    SyntheticCorpus.OUTLETS.get(r.nextInt(SyntheticCorpus.OUTLETS.size()))));
    q.put(
        "history of a document",
        r ->
            ClaimQuery.all()
                .withSuperseded(true)
                .withDoc(new DocumentId("bench-%07d".formatted(r.nextInt(documents)))));
    return q;
  }

  private static ActorId party(SplittableRandom r) {
    return ActorId.of(SyntheticCorpus.PARTIES.get(r.nextInt(SyntheticCorpus.PARTIES.size())));
  }

  private static ProvisionType type(SplittableRandom r) {
    return ProvisionType.values()[r.nextInt(ProvisionType.values().length)];
  }
}
