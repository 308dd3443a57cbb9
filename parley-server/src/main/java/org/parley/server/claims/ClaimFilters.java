package org.parley.server.claims;

import java.util.EnumSet;
import java.util.Set;
import org.parley.ledger.ClaimQuery;
import org.parley.model.ActorId;
import org.parley.model.ClaimKind;
import org.parley.model.DocumentId;
import org.parley.model.PartialDate;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;
import org.parley.model.Status;
import org.parley.server.http.Params;

/**
 * The claim filters of {@code parley claims}, as query parameters: {@code party}, {@code kind}
 * (comma-separated), {@code type}, {@code region}, {@code valid_from}, {@code valid_to}, {@code
 * status}, {@code doc}, {@code outlet} and {@code history}. Stateless.
 */
public final class ClaimFilters {
  /** The parameter names, for {@link Params#of}. */
  public static final String[] NAMES = {
    "party",
    "kind",
    "type",
    "region",
    "valid_from",
    "valid_to",
    "status",
    "doc",
    "outlet",
    "history"
  };

  private ClaimFilters() {}

  /** The filter names followed by {@code more}. */
  public static java.util.List<String> names(String... more) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(NAMES));
    all.addAll(java.util.List.of(more));
    return java.util.List.copyOf(all);
  }

  /** The query the parameters describe; a bad value is a 400 naming its parameter. */
  public static ClaimQuery query(Params p) {
    return ClaimQuery.all()
        .withParty(p.parsed("party", ActorId::of))
        .withKinds(kinds(p))
        .withProvisionType(p.parsed("type", ProvisionType::fromCode))
        .withRegion(p.parsed("region", RegionId::of))
        .withValidTime(
            p.parsed("valid_from", t -> PartialDate.parse(t).start()),
            p.parsed("valid_to", t -> PartialDate.parse(t).end()))
        .withStatus(p.parsed("status", Status::fromCode))
        .withDoc(p.parsed("doc", DocumentId::new))
        .withOutlet(p.text("outlet"))
        .withSuperseded(p.flag("history"));
  }

  private static Set<ClaimKind> kinds(Params p) {
    Set<ClaimKind> out = EnumSet.noneOf(ClaimKind.class);
    String list = p.text("kind");
    if (list != null) {
      for (String k : list.split(",")) {
        out.add(Params.parse("kind", k.strip(), ClaimKind::fromCode));
      }
    }
    return out;
  }
}
