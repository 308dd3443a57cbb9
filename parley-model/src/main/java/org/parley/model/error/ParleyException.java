package org.parley.model.error;

/**
 * An infrastructure failure (a database down, a source that cannot be fetched): not a bug and not
 * bad input, but something outside Parley that stopped an operation. The message names the store or
 * source and the operation; the cause is kept.
 */
public class ParleyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ParleyException(String message, Throwable cause) {
    super(message, cause);
  }

  public ParleyException(String message) {
    super(message);
  }
}
