package org.parley.kb;

/** Shared precondition checks of the entry records. */
final class Entries {
  private Entries() {}

  static void requireName(String name, String key) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("entry " + key + " has no name");
    }
  }

  /** Requires a lower-case slug: {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}, checked without a regex. */
  static void requireSlug(String id) {
    if (id == null || !isSlug(id)) {
      throw new IllegalArgumentException(
          "not a lower-case slug id (donbas, kharkiv-city): '" + id + "'");
    }
  }

  private static boolean isSlug(String id) {
    if (id.isEmpty() || id.charAt(0) < 'a' || id.charAt(0) > 'z' || id.endsWith("-")) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok || (c == '-' && id.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }
}
