package org.parley.extract.training;

import java.util.List;
import java.util.Objects;
import org.parley.extract.context.DocContext;
import org.parley.model.Claim;

/** An analysed document with its hand-annotated claims (none for a document with no claims). */
public record GoldDocument(DocContext ctx, List<Claim> gold) {
  public GoldDocument {
    Objects.requireNonNull(ctx, "ctx");
    gold = List.copyOf(gold);
  }

  public String id() {
    return ctx.document().id().value();
  }
}
