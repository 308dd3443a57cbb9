package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every claim carries besides its content: its evidence, when it held ({@code validTime}),
 * when it was reported (the document's date), how sure the reporting is, by what chain the document
 * knows it, the extractor's confidence, and the rule or stage that produced it ({@code rule};
 * absent on hand-annotated records).
 */
public record Provenance(
    Evidence evidence,
    @Nullable PartialDate validTime,
    @Nullable LocalDate reported,
    @Nullable Status status,
    @Nullable Attribution attribution,
    @Nullable Double confidence,
    @Nullable String rule) {

  public Provenance {
    Objects.requireNonNull(evidence, "evidence");
    if (confidence != null && (confidence.isNaN() || confidence < 0 || confidence > 1)) {
      throw new IllegalArgumentException("confidence must lie in 0..1: " + confidence);
    }
  }

  public DocumentId doc() {
    return evidence.doc();
  }

  public Provenance withEvidence(Evidence newEvidence) {
    return new Provenance(newEvidence, validTime, reported, status, attribution, confidence, rule);
  }

  public Provenance withValidTime(@Nullable PartialDate newValidTime) {
    return new Provenance(evidence, newValidTime, reported, status, attribution, confidence, rule);
  }

  public Provenance withStatus(@Nullable Status newStatus) {
    return new Provenance(evidence, validTime, reported, newStatus, attribution, confidence, rule);
  }

  public Provenance withAttribution(@Nullable Attribution newAttribution) {
    return new Provenance(evidence, validTime, reported, status, newAttribution, confidence, rule);
  }
}
