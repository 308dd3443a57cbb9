package org.parley.bench.extract;

import java.util.Map;
import java.util.function.Supplier;
import org.parley.bench.BenchStage;
import org.parley.bench.BenchStageProvider;
import org.parley.extract.ExtractionPipeline;
import org.parley.model.Document;

/**
 * The whole extraction as one stage, {@code extract}: language layer, claim rules and merge, as
 * {@code parley extract} runs it per document. Compare with {@code ./bench --corpus … --baseline
 * opennlp-pos --stage extract}.
 */
public final class ExtractStages implements BenchStageProvider {
  @Override
  public Map<String, Supplier<BenchStage>> stages() {
    return Map.of("extract", Extract::new);
  }

  /** Claims per document. */
  private static final class Extract implements BenchStage {
    private final ExtractionPipeline pipeline = ExtractionPipeline.loadDefault();

    @Override
    public long process(Document document) {
      return pipeline.extract(document).claims().size();
    }

    @Override
    public String unit() {
      return "claims";
    }
  }
}
