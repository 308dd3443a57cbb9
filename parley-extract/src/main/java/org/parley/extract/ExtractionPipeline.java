package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.extract.claim.ClaimMerger;
import org.parley.extract.claim.ClaimStage;
import org.parley.extract.claim.ControlFinder;
import org.parley.extract.claim.ExpulsionFinder;
import org.parley.extract.claim.StatementFinder;
import org.parley.extract.claim.TimeInheritance;
import org.parley.extract.claim.WarAimsFinder;
import org.parley.extract.context.DocContext;
import org.parley.extract.learn.ConfidenceCalibrator;
import org.parley.extract.learn.Learned;
import org.parley.extract.learn.ModelSet;
import org.parley.extract.lexicon.ProvisionLexicon;
import org.parley.extract.lexicon.StanceLexicon;
import org.parley.extract.meeting.LearnedMeetingFinder;
import org.parley.extract.position.LearnedPositionFinder;
import org.parley.kb.KnowledgeBase;
import org.parley.kb.Outlet;
import org.parley.language.LanguageLayer;
import org.parley.model.Claim;
import org.parley.model.Diagnostic;
import org.parley.model.Document;
import org.parley.model.limit.Deadline;
import org.parley.model.limit.TimeBudgetExceeded;

/**
 * The extractor: the language layer, then the claim stages (meetings, positions, control figures,
 * statements), then the merge of repeated claims, in a fixed order. Positions are decided by a
 * trained classifier over the rules' findings ({@link ModelSet}). Loads its models and lexicons
 * once; immutable and thread-safe. A document the stages fail on gives no claims and an error
 * diagnostic naming it, never an exception.
 */
public final class ExtractionPipeline implements ClaimExtractor {
  /** The rules' version; bump it when a rule or lexicon changes what is extracted. */
  public static final String RULES_VERSION = "rules-4";

  /** The probability a learned position needs to be kept, unless the models say otherwise. */
  private static final double POSITION_THRESHOLD = 0.35;

  /**
   * The calibrated confidence a claim needs to be kept, unless the models say otherwise: below it,
   * fewer than one such claim in four was correct on held-out folds.
   */
  private static final double CONFIDENCE_FLOOR = 0.25;

  /**
   * The probability a quotation needs to be kept as a statement, unless the models say otherwise.
   */
  private static final double STATEMENT_THRESHOLD = 0.4;

  /** The probability a learned meeting needs to be kept. */
  private static final double MEETING_THRESHOLD = 0.5;

  private static final Comparator<Claim> BY_POSITION =
      Comparator.comparingInt((Claim c) -> c.provenance().evidence().first().start())
          .thenComparing(Claim::kind);

  private final LanguageLayer layer;
  private final List<ClaimStage> stages;
  private final ClaimMerger merger = new ClaimMerger();
  private final TimeInheritance times = new TimeInheritance();
  private final String version;
  private final KnowledgeBase kb;
  private final @Nullable ConfidenceCalibrator calibrator;
  private final double confidenceFloor;

  private ExtractionPipeline(
      KnowledgeBase kb,
      LanguageLayer layer,
      List<ClaimStage> stages,
      String version,
      @Nullable ConfidenceCalibrator calibrator,
      double confidenceFloor) {
    this.kb = kb;
    this.calibrator = calibrator;
    this.confidenceFloor = confidenceFloor;
    this.layer = layer;
    this.stages = List.copyOf(stages);
    this.version = version;
  }

  /** An extractor over {@code kb} with the bundled lexicons, trained models and OpenNLP models. */
  public static ExtractionPipeline load(KnowledgeBase kb) {
    return load(kb, ModelSet.bundled());
  }

  /** An extractor over {@code kb} whose learned stages use {@code models}. */
  public static ExtractionPipeline load(KnowledgeBase kb, ModelSet models) {
    List<ClaimStage> stages =
        List.of(
            new LearnedMeetingFinder(
                kb, models, models.parameter(LearnedMeetingFinder.THRESHOLD, MEETING_THRESHOLD)),
            new LearnedPositionFinder(
                StanceLexicon.bundled(),
                ProvisionLexicon.bundled(),
                models,
                models.parameter(LearnedPositionFinder.THRESHOLD, POSITION_THRESHOLD)),
            new ControlFinder(kb),
            new ExpulsionFinder(kb),
            new StatementFinder(
                kb, models, models.parameter(StatementFinder.THRESHOLD, STATEMENT_THRESHOLD)));
    return new ExtractionPipeline(
        kb,
        LanguageLayer.load(kb),
        stages,
        "parley-extract/%s+models/%s+kb/%s"
            .formatted(RULES_VERSION, models.version(), kb.version()),
        models.classifier(ConfidenceCalibrator.MODEL).map(ConfidenceCalibrator::new).orElse(null),
        models.parameter(ConfidenceCalibrator.FLOOR, CONFIDENCE_FLOOR));
  }

  /** An extractor over the bundled knowledge base. */
  public static ExtractionPipeline loadDefault() {
    return load(KnowledgeBase.loadDefault());
  }

  @Override
  public String version() {
    return version;
  }

  /** The stages whose decisions a model makes, for training. */
  public List<Learned> learners() {
    return stages.stream().filter(Learned.class::isInstance).map(Learned.class::cast).toList();
  }

  /** The language layer's analysis of {@code document}, as the stages read it. */
  public DocContext analyze(Document document) {
    return analyze(document, Deadline.none());
  }

  private DocContext analyze(Document document, Deadline deadline) {
    return new DocContext(
        layer.analyze(document, deadline),
        kb.publisher(document.outlet(), document.url()).flatMap(Outlet::pressOffice).orElse(null),
        deadline,
        kb.theatre());
  }

  @Override
  public Extraction extract(Document document) {
    return extract(document, Deadline.none());
  }

  /**
   * The claims of {@code document} within {@code deadline}: the language layer checks it between
   * its stages and the claim stages once per sentence; past it the document gives no claims and an
   * error naming the budget.
   */
  @Override
  public Extraction extract(Document document, Deadline deadline) {
    try {
      return extract(analyze(document, deadline));
    } catch (RuntimeException e) {
      return failed(document, e);
    }
  }

  /** The claims of an already analysed document (see {@link #analyze}). */
  public Extraction extract(DocContext ctx) {
    Document document = ctx.document();
    try {
      List<Claim> found = new ArrayList<>();
      for (ClaimStage stage : stages) {
        found.addAll(stage.find(ctx));
      }
      found = WarAimsFinder.withoutRestated(found);
      found.sort(BY_POSITION);
      List<Claim> merged = new ArrayList<>(merger.merge(times.apply(ctx, found)));
      merged.sort(BY_POSITION);
      ConfidenceCalibrator c = calibrator;
      if (c != null) {
        merged.replaceAll(c::apply);
        merged.removeIf(
            claim ->
                Objects.requireNonNullElse(claim.provenance().confidence(), 1.0) < confidenceFloor);
      }
      return new Extraction(document, merged, List.of());
    } catch (RuntimeException e) {
      return failed(document, e);
    }
  }

  private static Extraction failed(Document document, RuntimeException e) {
    String problem =
        e instanceof TimeBudgetExceeded
            ? e.getMessage()
            : "extraction failed (%s): %s".formatted(e.getClass().getSimpleName(), e.getMessage());
    return new Extraction(
        document, List.of(), List.of(Diagnostic.error(document.id().value(), problem)));
  }
}
