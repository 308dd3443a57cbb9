package org.parley.ledger.jdbc;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.ledger.RunIdentity;
import org.parley.model.Claim;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/**
 * One claim set about to be recorded: the document (absent for imported claims), the hash that
 * identifies its source content, the run, and the claims with their contract lines.
 */
record Recording(
    DocumentId doc,
    String sourceHash,
    @Nullable Document document,
    RunIdentity run,
    List<Claim> claims,
    List<String> lines) {
  Recording {
    claims = List.copyOf(claims);
    lines = List.copyOf(lines);
  }
}
