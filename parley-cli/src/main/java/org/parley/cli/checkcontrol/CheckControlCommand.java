package org.parley.cli.checkcontrol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.territory.ControlTable;
import org.parley.analysis.territory.MapCatalog;
import org.parley.analysis.territory.MapEntry;
import org.parley.analysis.territory.MapLookup;
import org.parley.analysis.territory.MeasuredMaps;
import org.parley.analysis.territory.check.ControlCheck;
import org.parley.analysis.territory.check.ControlChecker;
import org.parley.cli.ExitCodes;
import org.parley.cli.ledger.ClaimFilterOptions;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.contract.ClaimReader;
import org.parley.contract.ReadResult;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.ClaimKind;
import org.parley.model.Control;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley check-control}: control claims checked against territorial-control maps. */
@Command(
    name = "check-control",
    header =
        "Checks control claims (a claims file or the ledger) against territorial-control maps.",
    mixinStandardHelpOptions = true,
    description = {
      "Checks control claims (parley.claim/1 records of kind control) against maps of",
      "Russian-controlled territory (GeoJSON as published by DeepStateMap or ISW): for each claim,",
      "the map of its date (valid_time, else reported; the newest map on or before it within",
      "--tolerance-days), the area and share its holder holds over the claim's regions on the",
      "WGS84 ellipsoid, and a verdict: consistent, inconsistent, no map for that date, or not",
      "checkable. Tolerances: exact ±2 pp / ±5 %%; about ±5 pp / ±10 %%; at_least, at_most with",
      "1 pp / 5 %% slack; nearly_all ≥ 90 %%; most > 50 %%; all ≥ 99 %%; part > 1 km².",
      "The claims are the ledger's current control claims (--db, --as-of and the filters of",
      "parley claims: --party, --region, --from, --to, --status, --doc, --outlet), or those of",
      "a parley.claim/1 file (--claims). With --table, prints the Russian-controlled share of",
      "every region on one map instead."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley check-control --map ../shared/data/territory/deepstate",
      "  parley check-control --map maps/ --region UA-14 --from 2025-06",
      "  parley check-control --claims /tmp/seed.jsonl --map ../shared/data/territory/deepstate"
    })
public final class CheckControlCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--map",
      required = true,
      paramLabel = "FILE|DIR",
      description = "a control map (GeoJSON), or a folder of dated maps (…YYYYMMDD….geojson)")
  Path map;

  @Option(
      names = "--claims",
      paramLabel = "FILE.jsonl",
      description = "control claims to check (parley.claim/1 JSONL; other kinds are skipped)")
  @Nullable Path claims;

  @Option(names = "--table", description = "print per-region control on one map (--date picks it)")
  boolean table;

  @Option(names = "--json", description = "print JSON instead of a text table")
  boolean json;

  @Mixin TerritoryOptions territory;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin ClaimFilterOptions filters;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (table && claims != null) {
      throw new IllegalArgumentException("give either --claims FILE.jsonl or --table, not both");
    }
    boolean single = !Files.isDirectory(map);
    MapCatalog catalog = MapCatalog.of(map, single ? territory.date() : null);
    MeasuredMaps maps = new MeasuredMaps(catalog, territory.loadBoundaries());
    if (table) {
      printTable(catalog, maps, out);
      return 0;
    }
    List<String> invalid = new ArrayList<>();
    List<Located> controls = claims != null ? readControls(claims, invalid) : ledgerControls();
    List<CheckedClaim> checked = check(controls, maps);
    TerritoryOptions.reportRepairs(maps, spec.commandLine().getErr(), "check-control");
    invalid.forEach(i -> spec.commandLine().getErr().println("parley check-control: skipped " + i));
    if (json) {
      out.println(ControlCheckJson.checks(checked));
    } else {
      ControlCheckPrinter.print(
          checked, catalog, maps.boundaries(), territory.toleranceDays(), out);
    }
    return invalid.isEmpty() ? 0 : ExitCodes.PARTIAL;
  }

  private void printTable(MapCatalog catalog, MeasuredMaps maps, PrintWriter out) {
    ControlTable t = maps.table(pick(catalog));
    TerritoryOptions.reportRepairs(maps, spec.commandLine().getErr(), "check-control");
    if (json) {
      out.println(ControlCheckJson.table(t));
    } else {
      ControlTablePrinter.print(t, out);
    }
  }

  private MapEntry pick(MapCatalog catalog) {
    if (territory.date() == null || catalog.entries().size() == 1) {
      return catalog.latest();
    }
    return switch (catalog.lookup(territory.date(), territory.date(), territory.toleranceDays())) {
      case MapLookup.Found f -> f.entry();
      case MapLookup.Missing m -> throw new IllegalArgumentException(m.reason());
    };
  }

  private List<CheckedClaim> check(List<Located> controls, MeasuredMaps maps) {
    List<ControlCheck> results =
        new ControlChecker(KnowledgeBase.loadDefault())
            .check(controls.stream().map(Located::claim).toList(), maps, territory.toleranceDays());
    List<CheckedClaim> out = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      out.add(new CheckedClaim(controls.get(i).where(), results.get(i)));
    }
    return out;
  }

  private static List<Located> readControls(Path file, List<String> invalid) {
    TerritoryOptions.requireFile(file, "--claims");
    ClaimReader reader = new ClaimReader();
    List<Located> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        String where = file.getFileName() + ":" + number;
        if (line.isBlank()) {
          continue;
        }
        switch (reader.read(line, where)) {
          case ReadResult.Parsed p when p.claim() instanceof Control c ->
              out.add(new Located(where, c));
          case ReadResult.Parsed p -> {}
          case ReadResult.Invalid bad -> invalid.add(bad.where() + ": " + bad.problem());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read claims " + file, e);
    }
    return out;
  }

  /** The ledger's current control claims that pass the filters, in recording order. */
  private List<Located> ledgerControls() {
    List<Located> out = new ArrayList<>();
    ClaimQuery query =
        filters.query(KnowledgeBase.loadDefault()).withKinds(Set.of(ClaimKind.CONTROL));
    try (ClaimLedger ledger = ledgerOptions.open()) {
      LedgerSnapshot snapshot = ledgerOptions.snapshot(ledger);
      snapshot.forEachClaim(
          query, e -> out.add(new Located("entry " + e.id(), (Control) e.claim())));
      spec.commandLine()
          .getErr()
          .printf(
              "parley check-control: %d control claims of %s as of %s%n",
              out.size(), ledger.describe(), snapshot.asOf());
    }
    return out;
  }

  private record Located(String where, Control claim) {}
}
