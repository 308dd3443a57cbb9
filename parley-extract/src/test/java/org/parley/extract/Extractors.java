package org.parley.extract;

/** The one extractor the tests share (loading the models takes a second). */
final class Extractors {
  static final ExtractionPipeline DEFAULT = ExtractionPipeline.loadDefault();

  private Extractors() {}
}
