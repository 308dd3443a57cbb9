package org.parley.extract.learn;

import java.util.List;
import java.util.Locale;
import org.parley.model.Attribution;
import org.parley.model.Claim;
import org.parley.model.Provenance;

/**
 * Turns a claim's raw confidence (a rule's constant, a model's probability) into the share of such
 * claims that turned out correct: a binary model over the claim's rule, kind and raw-confidence
 * band, trained on claims extracted from held-out folds and labelled by the contract's scoring.
 * Higher calibrated confidence then means a higher share of correct claims. Stateless.
 */
public final class ConfidenceCalibrator {
  /** The name of the calibration model in a {@link ModelSet}. */
  public static final String MODEL = "confidence";

  /** The model-set parameter holding the calibrated confidence a claim needs to be kept. */
  public static final String FLOOR = "confidence.floor";

  /** The outcome of a claim that matched a gold record. */
  public static final String CORRECT = "correct";

  /** The outcome of a claim that matched none. */
  public static final String WRONG = "wrong";

  private final Classifier model;

  public ConfidenceCalibrator(Classifier model) {
    this.model = model;
  }

  /** The training example of {@code claim}, extracted without calibration. */
  public static Example example(Claim claim, boolean correct) {
    return new Example(correct ? CORRECT : WRONG, features(claim));
  }

  /**
   * The features the calibration reads: rule, kind, raw band and their pairs, status, whether the
   * claim names its holder and its agent, and how its source is attributed.
   */
  static List<String> features(Claim claim) {
    Provenance p = claim.provenance();
    String rule = p.rule() == null ? "none" : p.rule();
    String band = band(p.confidence());
    String kind = claim.kind().code();
    Attribution a = p.attribution();
    String voiced = (claim.holder() == null ? "-" : "h") + (claim.agent() == null ? "-" : "a");
    return List.of(
        "bias",
        "rule=" + rule,
        "kind=" + kind,
        "band=" + band,
        "rule&band=" + rule + "&" + band,
        "kind&band=" + kind + "&" + band,
        "kind&status=" + kind + "&" + (p.status() == null ? "none" : p.status().code()),
        "kind&voiced=" + kind + "&" + voiced,
        "kind&via=" + kind + "&" + (a == null || a.via().isEmpty() ? "none" : "some"),
        "kind&named=" + kind + "&" + (a == null ? "none" : a.named()));
  }

  /** {@code claim} with its confidence replaced by the calibrated one (three decimals). */
  public Claim apply(Claim claim) {
    Provenance p = claim.provenance();
    double c = Math.round(model.probability(features(claim), CORRECT) * 1000) / 1000.0;
    return claim.withProvenance(
        new Provenance(
            p.evidence(), p.validTime(), p.reported(), p.status(), p.attribution(), c, p.rule()));
  }

  private static String band(Double confidence) {
    if (confidence == null) {
      return "none";
    }
    return String.format(Locale.ROOT, "%.1f", Math.floor(confidence * 5) / 5);
  }
}
