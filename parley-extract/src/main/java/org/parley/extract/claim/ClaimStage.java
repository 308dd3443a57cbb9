package org.parley.extract.claim;

import java.util.List;
import org.parley.extract.context.DocContext;
import org.parley.model.Claim;

/** One claim rule over a whole document. Implementations are stateless and thread-safe. */
@FunctionalInterface
public interface ClaimStage {
  /** The claims this rule finds in the document. */
  List<Claim> find(DocContext ctx);
}
