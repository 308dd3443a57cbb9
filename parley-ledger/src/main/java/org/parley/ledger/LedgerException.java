package org.parley.ledger;

import org.parley.model.error.ParleyException;

/**
 * An infrastructure failure of the ledger: the database could not be reached, migrated, read or
 * written. The message names the store and the operation, with any database password masked; the
 * cause is kept.
 */
public class LedgerException extends ParleyException {
  private static final long serialVersionUID = 1L;

  public LedgerException(String store, String operation, Throwable cause) {
    super(
        Redaction.redact(
            "ledger %s: %s failed: %s".formatted(store, operation, rootMessage(cause))),
        cause);
  }

  public LedgerException(String store, String operation, String problem) {
    super(Redaction.redact("ledger %s: %s failed: %s".formatted(store, operation, problem)));
  }

  private static String rootMessage(Throwable cause) {
    Throwable t = cause;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
