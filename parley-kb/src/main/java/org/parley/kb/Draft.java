package org.parley.kb;

import java.util.List;

/**
 * A built entry with the line that defined it and its surface forms, each flagged when the file
 * marks it as an intended homonym ({@code ~form}).
 */
record Draft(KbEntry entry, SourceLine at, List<Draft.Form> forms) {
  Draft {
    forms = List.copyOf(forms);
  }

  /** One surface form of the entry. */
  record Form(String text, Reading reading, boolean shared) {}
}
