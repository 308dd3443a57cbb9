package org.parley.language.coref;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.language.mention.ActorMention;
import org.parley.language.mention.Mention;
import org.parley.language.mention.OutletMention;
import org.parley.language.mention.PersonMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.mention.RoleMention;
import org.parley.language.mention.SourceMention;
import org.parley.model.ActorId;

/**
 * Who a mention, pronoun or description finally stands for: a person id (for a named person), the
 * party they speak for ({@code holder}), a short description (the name, or the source phrase of an
 * unnamed source: "a senior NATO defense official"), and whether the source is named.
 */
public record Referent(
    @Nullable ActorId person, @Nullable ActorId holder, String description, boolean named) {
  public Referent {
    Objects.requireNonNull(description, "description");
  }

  /** The contract's {@code agent}: the person id, or the description of an unnamed source. */
  public String agent() {
    return person != null ? person.value() : description;
  }

  /** The referent a mention names directly; null for a role description (it needs coreference). */
  public static @Nullable Referent of(Mention m) {
    return switch (m) {
      case PersonMention p -> new Referent(p.person(), p.holder(), p.name(), true);
      case SourceMention s -> new Referent(null, s.holder(), s.text(), false);
      case ActorMention a -> new Referent(null, a.holder(), a.text(), true);
      case OutletMention o -> new Referent(null, null, o.name(), true);
      case RoleMention r -> null;
      case RegionMention r -> null;
    };
  }
}
