package org.parley.bench.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.parley.extract.ExtractionPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./bench fuzz}: a fuzzing campaign of any length over the seed files of every format,
 * printing what it read and every finding; the inputs of findings are kept for the regression
 * corpus. Exit code 1 when there is a finding.
 */
@Command(
    name = "bench fuzz",
    mixinStandardHelpOptions = true,
    description = {
      "Mutates Parley's seed files of every format and reads and extracts each mutant in-process;",
      "reports every mutant that throws, fails extraction or runs past the time budget."
    })
public final class FuzzBench implements Callable<Integer> {
  @Option(names = "--mutants", description = "how many mutants (default 2000)")
  int mutants = 2000;

  @Option(names = "--seed", description = "the campaign's random seed (default 14)")
  long seed = 14;

  @Option(names = "--budget", description = "seconds one mutant may take (default 30)")
  int budgetSeconds = 30;

  @Option(
      names = "--keep",
      description = "folder for the inputs of findings (default fuzz-findings)")
  Path keep = Path.of("fuzz-findings");

  public static void main(String[] args) {
    System.exit(new CommandLine(new FuzzBench()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path work = Files.createTempDirectory("parley-fuzz");
    FuzzCampaign campaign =
        new FuzzCampaign(
            ExtractionPipeline.loadDefault(),
            FuzzSeeds.all(),
            work,
            Duration.ofSeconds(budgetSeconds));
    FuzzReport report = campaign.run(seed, mutants, keep);
    Files.deleteIfExists(work);
    out.printf("seed %d, %d seed files: %s%n", seed, FuzzSeeds.all().size(), report.describe());
    report.findings().forEach(f -> out.println("  " + f));
    if (!report.findings().isEmpty()) {
      out.println("inputs of the findings: " + keep.toAbsolutePath());
    }
    return report.findings().isEmpty() ? 0 : 1;
  }
}
