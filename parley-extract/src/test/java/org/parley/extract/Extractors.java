package org.parley.extract;

import org.parley.extract.learn.ModelSet;
import org.parley.kb.KnowledgeBase;

/** The extractors the tests share (loading the models takes a second). */
final class Extractors {
  /** The extractor as shipped: rules and the bundled models. */
  static final ExtractionPipeline DEFAULT = ExtractionPipeline.loadDefault();

  /** The hand-written rules alone, for tests of a rule. */
  static final ExtractionPipeline RULES =
      ExtractionPipeline.load(KnowledgeBase.loadDefault(), ModelSet.none());

  private Extractors() {}
}
