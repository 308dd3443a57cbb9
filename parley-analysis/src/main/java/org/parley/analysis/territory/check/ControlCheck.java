package org.parley.analysis.territory.check;

import org.parley.analysis.territory.MapEntry;
import org.parley.model.Control;

/** The outcome of checking one control claim against the maps. */
public sealed interface ControlCheck {
  Control claim();

  Verdict verdict();

  /**
   * Measured on a map: {@code verdict} is {@link Verdict#CONSISTENT} or {@link
   * Verdict#INCONSISTENT}, {@code rule} the tolerance applied ("about 75 % ± 5 pp").
   */
  record Measured(Control claim, MapEntry map, HeldArea held, Verdict verdict, String rule)
      implements ControlCheck {
    public Measured {
      if (verdict != Verdict.CONSISTENT && verdict != Verdict.INCONSISTENT) {
        throw new IllegalArgumentException("a measured claim is consistent or not: " + verdict);
      }
    }
  }

  /** No map within the tolerance of the claim's date; {@code reason} says what was looked for. */
  record NoMap(Control claim, String reason) implements ControlCheck {
    @Override
    public Verdict verdict() {
      return Verdict.NO_MAP;
    }
  }

  /** The claim cannot be checked on these maps; {@code reason} says why. */
  record NotCheckable(Control claim, String reason) implements ControlCheck {
    @Override
    public Verdict verdict() {
      return Verdict.NOT_CHECKABLE;
    }
  }
}
