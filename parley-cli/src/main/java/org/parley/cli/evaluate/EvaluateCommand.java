package org.parley.cli.evaluate;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.settlement.Evaluation;
import org.parley.analysis.settlement.EvaluationJson;
import org.parley.analysis.settlement.KbPopulation;
import org.parley.analysis.settlement.Proposal;
import org.parley.analysis.settlement.ProposalReader;
import org.parley.analysis.settlement.SettlementEvaluator;
import org.parley.analysis.territory.MapCatalog;
import org.parley.analysis.territory.MapEntry;
import org.parley.analysis.territory.MapLookup;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.cli.checkcontrol.TerritoryOptions;
import org.parley.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley evaluate PROPOSAL.yaml}: what a settlement proposal would move on the map. */
@Command(
    name = "evaluate",
    header = "What a settlement proposal would move: area and population per region.",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates a settlement proposal (YAML; format in docs/proposal-format.md): per region",
      "cede / withdraw / freeze / return, against the line of control on a reference map",
      "(the proposal's 'reference' date or --date picks a map from --map; the proposal's 'map'",
      "may name one). Prints the area (km², WGS84 ellipsoid) and the estimated population that",
      "would change hands per region and in total. Population is an ESTIMATE: the region's",
      "figure from the knowledge base × the share of its land that moves (even density)."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley evaluate docs/examples/alaska-2025.yaml --map ../shared/data/territory/deepstate",
      "  parley evaluate proposal.yaml --map maps/ --json"
    })
public final class EvaluateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROPOSAL.yaml", description = "the proposal")
  Path proposalFile;

  @Option(
      names = "--map",
      paramLabel = "FILE|DIR",
      description =
          "a control map (GeoJSON) or a folder of dated maps; overrides the proposal's 'map'")
  @Nullable Path map;

  @Option(names = "--json", description = "print JSON instead of a text table")
  boolean json;

  @Mixin TerritoryOptions territory;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(proposalFile)) {
      throw new IllegalArgumentException("no such proposal file: " + proposalFile);
    }
    Proposal proposal = new ProposalReader().read(proposalFile);
    Path where = map != null ? map : proposal.map();
    if (where == null) {
      throw new IllegalArgumentException(
          proposalFile
              + ": no map to measure against: give --map FILE|DIR (control maps never ship with"
              + " Parley) or 'map:' in the proposal");
    }
    boolean single = !Files.isDirectory(where);
    MapCatalog catalog = MapCatalog.of(where, single ? territory.date() : null);
    LocalDate reference = territory.date() != null ? territory.date() : proposal.reference();
    MeasuredMaps maps = new MeasuredMaps(catalog, territory.loadBoundaries());
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    Evaluation evaluation =
        new SettlementEvaluator(kb)
            .evaluate(proposal, maps.table(pick(catalog, reference, single)), new KbPopulation(kb));
    TerritoryOptions.reportRepairs(maps, spec.commandLine().getErr(), "evaluate");
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(EvaluationJson.of(evaluation));
    } else {
      EvaluationPrinter.print(evaluation, out);
    }
    return 0;
  }

  private MapEntry pick(MapCatalog catalog, @Nullable LocalDate reference, boolean single) {
    if (reference == null || single) {
      return catalog.latest();
    }
    return switch (catalog.lookup(reference, reference, territory.toleranceDays())) {
      case MapLookup.Found f -> f.entry();
      case MapLookup.Missing m ->
          throw new IllegalArgumentException("reference " + reference + ": " + m.reason());
    };
  }
}
