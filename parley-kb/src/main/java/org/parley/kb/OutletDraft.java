package org.parley.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;

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
    PressOffice office = kind.orElse(null) == OutletKind.OFFICE ? office(f) : null;
    if (!f.succeeded() || kind.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new OutletDraft(new Outlet(r.id(), name, aliases, kind.get(), office), r.at(), forms));
    } catch (IllegalArgumentException e) {
      problems.add(r.at().problem("outlet " + r.id() + ": " + e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * The press office facts of an outlet of kind office: {@code domains=}, {@code party=}, {@code
   * heads=} (person@first day in office, |-separated) and {@code readouts=yes|no}.
   */
  private static @Nullable PressOffice office(FieldReader f) {
    List<String> domains = f.list("domains");
    String party = f.required("party");
    List<PressOffice.Head> heads = new ArrayList<>();
    for (String h : f.list("heads")) {
      int at = h.indexOf('@');
      try {
        heads.add(
            new PressOffice.Head(
                ActorId.of(h.substring(0, Math.max(at, 0))), LocalDate.parse(h.substring(at + 1))));
      } catch (RuntimeException e) {
        f.fail("head '" + h + "' is not person@yyyy-mm-dd");
      }
    }
    boolean readouts = f.optional("readouts").orElse("no").equals("yes");
    if (domains.isEmpty() || party.isEmpty() || !f.succeeded()) {
      f.fail("an office needs domains= and party=");
      return null;
    }
    return new PressOffice(domains, ActorId.of(party), heads, readouts);
  }
}
