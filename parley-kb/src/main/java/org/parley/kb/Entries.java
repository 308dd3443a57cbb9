package org.parley.kb;

import java.util.regex.Pattern;

/** Shared precondition checks of the entry records. */
final class Entries {
  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private Entries() {}

  static void requireName(String name, String key) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("entry " + key + " has no name");
    }
  }

  static void requireSlug(String id) {
    if (id == null || !SLUG.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "not a lower-case slug id (donbas, kharkiv-city): '" + id + "'");
    }
  }
}
