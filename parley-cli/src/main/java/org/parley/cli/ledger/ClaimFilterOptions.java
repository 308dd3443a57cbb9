package org.parley.cli.ledger;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.KnownIds;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimQuery;
import org.parley.model.ActorId;
import org.parley.model.ClaimKind;
import org.parley.model.DocumentId;
import org.parley.model.PartialDate;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.model.Status;
import picocli.CommandLine.Option;

/** The claim filters shared by {@code parley claims} and {@code parley export} (a mixin). */
public final class ClaimFilterOptions {
  @Option(
      names = "--party",
      paramLabel = "ACTOR",
      description = "Claims held by, voiced by or (meetings) attended by ACTOR: RUS, UKR, putin.")
  @Nullable String party;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      split = ",",
      description = "Only these kinds: demand, offer, rejection, control, statement, meeting.")
  @Nullable List<String> kinds;

  @Option(
      names = "--type",
      paramLabel = "PROVISION",
      description = "Only positions on this provision type: territory.cede, alliance.nato, …")
  @Nullable String type;

  @Option(
      names = "--region",
      paramLabel = "ISO",
      description = "Claims about this ISO 3166-2 region: UA-14, UA-23, …")
  @Nullable String region;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Valid time overlapping from DATE on (YYYY, YYYY-MM or YYYY-MM-DD).")
  @Nullable String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Valid time overlapping up to DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
  @Nullable String to;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "asserted, reported, unverified, estimated, disputed or denied.")
  @Nullable String status;

  @Option(names = "--doc", paramLabel = "ID", description = "Claims of this document.")
  @Nullable String doc;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Claims from this source outlet.")
  @Nullable String outlet;

  @Option(
      names = "--history",
      description = "Include claims superseded by a later extraction (marked as such).")
  boolean history;

  /**
   * The query these options describe.
   *
   * @throws IllegalArgumentException naming the option whose value is not valid
   */
  public ClaimQuery query() {
    return unplaced()
        .withParty(party == null ? null : parse("--party", party, ActorId::of))
        .withRegion(region == null ? null : parse("--region", region, RegionId::of));
  }

  /** The query without its party and region. */
  private ClaimQuery unplaced() {
    return ClaimQuery.all()
        .withKinds(kinds())
        .withProvisionType(type == null ? null : parse("--type", type, ProvisionType::fromCode))
        .withValidTime(
            from == null ? null : parse("--from", from, PartialDate::parse).start(),
            to == null ? null : parse("--to", to, PartialDate::parse).end())
        .withStatus(status == null ? null : parse("--status", status, Status::fromCode))
        .withDoc(doc == null ? null : parse("--doc", doc, DocumentId::new))
        .withOutlet(outlet)
        .withSuperseded(history);
  }

  /**
   * The query, with {@code --party} and {@code --region} checked against the knowledge base (names
   * such as "Russia" or "Donetsk" read as their ids).
   *
   * @throws IllegalArgumentException naming an unknown party or region and the nearest known ids
   */
  public ClaimQuery query(KnowledgeBase kb) {
    KnownIds known = new KnownIds(kb);
    return unplaced()
        .withParty(party == null ? null : parse("--party", party, known::actorOrPerson))
        .withRegion(region == null ? null : parse("--region", region, known::region));
  }

  private Set<ClaimKind> kinds() {
    Set<ClaimKind> out = EnumSet.noneOf(ClaimKind.class);
    if (kinds != null) {
      kinds.forEach(k -> out.add(parse("--kind", k, ClaimKind::fromCode)));
    }
    return out;
  }

  private static <T> T parse(
      String option, String value, java.util.function.Function<String, T> f) {
    try {
      return f.apply(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " " + value + ": " + e.getMessage(), e);
    }
  }
}
