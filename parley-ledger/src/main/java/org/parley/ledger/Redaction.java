package org.parley.ledger;

import java.util.regex.Pattern;

/**
 * Masks the passwords of database URLs in text meant for people or for names on disk: a {@code
 * user:password@} in a URL, and {@code password=} or any parameter whose name holds "password",
 * "passwd" or "secret", become {@code ***}. Stateless and thread-safe.
 */
public final class Redaction {
  private static final Pattern USER_INFO = Pattern.compile("(://[^/\\s:@]*):[^@/\\s]*@");
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile("(?i)((?:^|[?&;\\s])[a-z_.-]*(?:password|passwd|secret)[a-z_.-]*=)[^&;\\s]*");

  private Redaction() {}

  /** {@code text} with every password of a database URL in it masked. */
  public static String redact(String text) {
    String masked = USER_INFO.matcher(text).replaceAll("$1:***@");
    return SECRET_PARAMETER.matcher(masked).replaceAll("$1***");
  }
}
