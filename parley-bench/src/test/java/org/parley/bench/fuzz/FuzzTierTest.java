package org.parley.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.ExtractionPipeline;

/**
 * The fuzzing tier of the build: 2,000 seeded mutants of the seed files of every format (more with
 * {@code -Dparley.fuzz.mutants=N}), each read and extracted in-process. Every mutant ends as
 * documents or diagnostics within 30 s (a mutant is at most 256 KiB; claim-dense text extracts at
 * about 30 KB/s on a loaded 2-core machine), nothing escapes, and the heap in use after a
 * collection stays under 512 MiB.
 */
class FuzzTierTest {
  private static final int MUTANTS = Integer.getInteger("parley.fuzz.mutants", 2000);
  private static final long HEAP_BOUND = 512L << 20;

  private static final ExtractionPipeline PIPELINE = ExtractionPipeline.loadDefault();

  @TempDir Path dir;

  private FuzzCampaign campaign() {
    return new FuzzCampaign(PIPELINE, FuzzSeeds.all(), dir, Duration.ofSeconds(30));
  }

  @Test
  void everyMutantEndsAsDocumentsOrDiagnosticsWithinItsBudgets() {
    FuzzCampaign campaign = campaign();

    FuzzReport report = campaign.run(14, MUTANTS, dir.resolve("findings"));

    System.out.println("fuzz tier: " + report.describe());
    assertThat(report.findings()).as(report.describe()).isEmpty();
    assertThat(report.peakHeapBytes()).isPositive().isLessThan(HEAP_BOUND);
    // the mutants reach both ends: many still read into documents that are extracted, many are
    // reported unreadable (one flipped bit makes a whole file invalid UTF-8)
    assertThat(report.documents()).isGreaterThan(MUTANTS / 4);
    assertThat(report.skipped()).isGreaterThan(MUTANTS / 4);
    assertThat(report.claims()).isPositive();
  }

  @Test
  void aCampaignsSeedFixesEveryMutant() {
    FuzzCampaign campaign = campaign();

    for (int i = 0; i < 50; i++) {
      FuzzCampaign.Planned a = campaign.plan(14, i);
      FuzzCampaign.Planned b = campaign.plan(14, i);
      assertThat(a.mutant().content()).isEqualTo(b.mutant().content());
      assertThat(a.fileName()).isEqualTo(b.fileName());
    }
    assertThat(campaign.plan(14, 3).mutant().content())
        .isNotEqualTo(campaign.plan(15, 3).mutant().content());
  }

  @Test
  void everySeedReadsIntoDocuments() {
    FuzzCampaign campaign = campaign();

    for (FuzzSeed seed : FuzzSeeds.all()) {
      assertThat(campaign.documentsOf(seed)).as(seed.name()).isPositive();
    }
  }
}
