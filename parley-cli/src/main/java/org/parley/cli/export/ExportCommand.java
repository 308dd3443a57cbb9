package org.parley.cli.export;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.territory.BoundaryLoader;
import org.parley.cli.ledger.ClaimFilterOptions;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.export.Boundaries;
import org.parley.ledger.export.CsvExport;
import org.parley.ledger.export.GeoJsonExport;
import org.parley.ledger.export.JsonlExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley export}: every matching claim of the ledger, in one file format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the ledger's current claims (all, or those the filters select) in recording order:",
      "  jsonl    parley.claim/1 records, one per line (re-import with parley import)",
      "  csv      one row per claim with a header, for spreadsheets",
      "  geojson  control claims as features with their regions' geometry, for GIS tools",
      "Region geometry comes from --boundaries (a GeoJSON whose features carry an ISO 3166-2",
      "code in property shapeISO, e.g. geoBoundaries ADM1), by default the bundled oblasts."
    })
public final class ExportCommand implements Callable<Integer> {
  /** The formats. */
  enum Format {
    jsonl,
    csv,
    geojson
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin ClaimFilterOptions filters;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description = "jsonl, csv or geojson (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  @Nullable Path out;

  @Option(
      names = "--boundaries",
      paramLabel = "FILE",
      description = "Region geometry for geojson (property --iso-property; default: bundled).")
  @Nullable Path boundaries;

  @Option(
      names = "--iso-property",
      paramLabel = "NAME",
      defaultValue = Boundaries.SHAPE_ISO,
      description = "The feature property holding the ISO 3166-2 code (default: ${DEFAULT-VALUE}).")
  String isoProperty;

  @Override
  public Integer call() throws IOException {
    ClaimQuery query = filters.query();
    Boundaries regions = format == Format.geojson ? boundaries() : Boundaries.none();
    long written;
    try (ClaimLedger ledger = ledgerOptions.open();
        Writer w = writer()) {
      LedgerSnapshot snapshot = ledgerOptions.snapshot(ledger);
      written =
          switch (format) {
            case jsonl -> new JsonlExport().write(snapshot, query, w);
            case csv -> new CsvExport().write(snapshot, query, w);
            case geojson -> new GeoJsonExport().write(snapshot, query, regions, w);
          };
      spec.commandLine()
          .getErr()
          .printf(
              "parley export: %d claim%s as %s%s, as of %s%n",
              written,
              written == 1 ? "" : "s",
              format,
              out == null ? "" : " to " + out,
              snapshot.asOf());
    }
    return 0;
  }

  private Boundaries boundaries() {
    if (boundaries != null) {
      if (!Files.isRegularFile(boundaries)) {
        throw new IllegalArgumentException("--boundaries " + boundaries + ": no such file");
      }
      return Boundaries.read(boundaries, isoProperty);
    }
    return BoundaryLoader.bundledForExport(isoProperty);
  }

  private Writer writer() throws IOException {
    if (out == null) {
      // standard output stays open: the command line owns it
      return new FilterWriter(spec.commandLine().getOut()) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }
}
