package org.parley.model;

import org.jspecify.annotations.Nullable;

/** A party's stance on a provision: a {@link Demand}, an {@link Offer} or a {@link Rejection}. */
public sealed interface Position extends Claim permits Demand, Offer, Rejection {
  @Override
  ActorId holder();

  /** To whom it was made, when the text says. */
  @Nullable ActorId addressee();

  Provision provision();

  /** The same stance on another provision (regions widened, detail added, …). */
  Position withProvision(Provision provision);
}
