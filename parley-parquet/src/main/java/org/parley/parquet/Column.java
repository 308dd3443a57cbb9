package org.parley.parquet;

import java.util.Objects;

/** One column of a flat table: its name and the type of its (optional) values. */
public record Column(String name, Type type) {
  /** The value types a column can hold. */
  public enum Type {
    STRING,
    LONG,
    DOUBLE,
    BOOLEAN
  }

  public Column {
    Objects.requireNonNull(type, "type");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a column has a name");
    }
  }

  public static Column string(String name) {
    return new Column(name, Type.STRING);
  }
}
