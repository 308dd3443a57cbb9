package org.parley.language.cue;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.language.coref.Referent;
import org.parley.model.Span;
import org.parley.model.Status;

/**
 * A cue about how the text knows what it says: its own {@code span} and the {@code scope} of text
 * it governs (a clause, a sentence, or several sentences where the text makes that explicit), in
 * original coordinates, and the {@link Status} it implies for a claim inside that scope.
 */
public sealed interface AttributionCue {
  Span span();

  Span scope();

  /** The status a claim in the scope inherits from this cue alone. */
  Status status();

  /**
   * A reporting frame: who told ({@code source}, {@code sourcePhrase} in original text, {@code
   * named}) and through which outlets or reports ({@code via}, canonical names).
   */
  record ReportingFrame(
      Span span,
      Span scope,
      FrameKind kind,
      @Nullable Referent source,
      @Nullable String sourcePhrase,
      List<String> via,
      boolean named)
      implements AttributionCue {
    public ReportingFrame {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(kind, "kind");
      via = List.copyOf(via);
    }

    @Override
    public Status status() {
      boolean relayed =
          kind == FrameKind.REPORTED || kind == FrameKind.ACCORDING_TO && !via.isEmpty();
      return relayed || !named ? Status.REPORTED : Status.ASSERTED;
    }
  }

  /**
   * A marker that sets a status: "could not independently verify" (unverified), "reportedly"
   * (reported), "an estimated" (estimated), "denied" (denied), "disputed" (disputed).
   */
  record StatusMarker(Span span, Span scope, Status status, String marker)
      implements AttributionCue {
    public StatusMarker {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(status, "status");
    }
  }

  /** "On the condition of anonymity" and the like: the source in its scope is unnamed. */
  record AnonymityMarker(Span span, Span scope) implements AttributionCue {
    public AnonymityMarker {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(scope, "scope");
    }

    @Override
    public Status status() {
      return Status.ASSERTED;
    }
  }
}
