package org.parley.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A built outlet with the line that defined it and its surface forms (see {@link Draft}). */
record OutletDraft(Outlet outlet, SourceLine at, List<Draft.Form> forms) {
  OutletDraft {
    forms = List.copyOf(forms);
  }

  /** Builds the outlet of an {@code outlet} line, or reports why it cannot. */
  static Optional<OutletDraft> build(RawRecord r, List<String> problems) {
    FieldReader f = new FieldReader(r, problems);
    List<Draft.Form> forms = new ArrayList<>();
    String name = EntryBuilder.form(r.name(), Reading.NAME, forms);
    List<String> aliases = EntryBuilder.forms(f.list("aliases"), Reading.ALIAS, forms);
    Optional<OutletKind> kind = f.enumValue("kind", OutletKind.class);
    if (!f.succeeded() || kind.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new OutletDraft(new Outlet(r.id(), name, aliases, kind.get()), r.at(), forms));
    } catch (IllegalArgumentException e) {
      problems.add(r.at().problem("outlet " + r.id() + ": " + e.getMessage()));
      return Optional.empty();
    }
  }
}
