package org.parley.kb;

import java.util.Collections;
import java.util.Map;

/**
 * One data line split into its kind, id, name and {@code key=value} fields, before the values are
 * interpreted.
 */
record RawRecord(SourceLine at, String kind, String id, String name, Map<String, String> fields) {
  RawRecord {
    fields = Collections.unmodifiableMap(fields);
  }
}
