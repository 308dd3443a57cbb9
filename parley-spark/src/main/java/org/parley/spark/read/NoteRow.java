package org.parley.spark.read;

import java.io.Serializable;
import org.parley.model.Diagnostic;

/** A {@link Diagnostic} as a serializable row. */
public record NoteRow(String severity, String where, String problem) implements Serializable {
  /** The row of {@code d}. */
  public static NoteRow of(Diagnostic d) {
    return new NoteRow(d.severity().name(), d.where(), d.problem());
  }

  /** The diagnostic again. */
  public Diagnostic diagnostic() {
    return new Diagnostic(Diagnostic.Severity.valueOf(severity), where, problem);
  }
}
