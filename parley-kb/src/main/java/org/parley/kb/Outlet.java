package org.parley.kb;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A news outlet, agency, broadcaster or research institute that text cites as the channel of a
 * claim ("Reuters reported", "told the New York Times"). Its {@code name} is the canonical name a
 * claim's attribution gives as {@code via}. Outlets are not parties and not {@link KbEntry}
 * entries: {@link KnowledgeBase#outlets()} and {@link KnowledgeBase#outletNamed(String)} list and
 * find them. A party's own press office ({@link OutletKind#OFFICE}) carries its {@link PressOffice}
 * facts.
 */
public record Outlet(
    String id, String name, List<String> aliases, OutletKind kind, @Nullable PressOffice office) {
  public Outlet {
    Entries.requireSlug(id);
    Entries.requireName(name, id);
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
    if ((kind == OutletKind.OFFICE) != (office != null)) {
      throw new IllegalArgumentException("press office facts belong to outlets of kind office");
    }
  }

  /** An outlet that is not a press office. */
  public Outlet(String id, String name, List<String> aliases, OutletKind kind) {
    this(id, name, aliases, kind, null);
  }

  /** The press office facts, for an outlet of kind office. */
  public Optional<PressOffice> pressOffice() {
    return Optional.ofNullable(office);
  }

  /** The name and then the aliases: every form news text uses for the outlet. */
  public List<String> forms() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
        .toList();
  }
}
