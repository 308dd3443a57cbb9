package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.model.Diagnostic;
import org.parley.model.Document;
import org.parley.model.limit.Deadline;
import org.parley.testkit.DocumentFixture;

/** Extraction checks its deadline cooperatively and turns a spent budget into a failed document. */
class TimeBudgetTest {
  private static final Document TALKS =
      DocumentFixture.withText(
          "talks",
          "2025-08-21",
          "Russia demands that Ukraine withdraw from the Donbas. Kyiv rejected the demand.");

  @Test
  void aSpentBudgetGivesNoClaimsAndAnErrorNamingTheBudget() {
    Deadline spent = Deadline.after(Duration.ofMillis(1));
    while (!spent.isPast()) {
      Thread.onSpinWait();
    }

    Extraction x = Extractors.DEFAULT.extract(TALKS, spent);

    assertThat(x.isFailed()).isTrue();
    assertThat(x.claims()).isEmpty();
    assertThat(x.diagnostics())
        .containsExactly(
            Diagnostic.error(
                "talks",
                "took longer than the 0.001 s time budget per document (--time-budget); skipped"));
  }

  @Test
  void noDeadlineGivesTheSameClaimsAsPlainExtraction() {
    Extraction x = Extractors.DEFAULT.extract(TALKS, Deadline.none());

    assertThat(x.isFailed()).isFalse();
    assertThat(x.claims()).isEqualTo(Extractors.DEFAULT.extract(TALKS).claims()).isNotEmpty();
  }
}
