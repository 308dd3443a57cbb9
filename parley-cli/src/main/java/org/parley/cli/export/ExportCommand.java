package org.parley.cli.export;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.territory.BoundaryLoader;
import org.parley.cli.ingest.IngestProgress;
import org.parley.cli.ledger.ClaimFilterOptions;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.export.Boundaries;
import org.parley.ledger.export.CsvExport;
import org.parley.ledger.export.DocumentTable;
import org.parley.ledger.export.GeoJsonExport;
import org.parley.ledger.export.JsonlExport;
import org.parley.parquet.Column;
import org.parley.parquet.ParquetTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley export}: every matching claim, or every document, of the ledger in one format. */
@Command(
    name = "export",
    header = "Writes the ledger's claims or documents as JSONL, CSV, Parquet or GeoJSON.",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the ledger's current claims (all, or those the filters select) in recording order,",
      "or with --table documents every document (id, date, outlet, url, title, chars):",
      "  jsonl    parley.claim/1 records, one per line (re-import with parley import); reviewed",
      "           claims as reviewed, with a review object",
      "  csv      one row per claim with a header, for spreadsheets (--excel: with a byte-order",
      "           mark so that Excel reads UTF-8; cells that a spreadsheet would run as a formula",
      "           are prefixed with ')",
      "  parquet  the CSV's columns, typed, as an Apache Parquet file (needs --out)",
      "  geojson  control claims as features with their regions' geometry, for GIS tools; the",
      "           whole of Ukraine gets its land outline; meetings as points where the knowledge",
      "           base locates their place; claims without a geometry are left out and counted on",
      "           stderr",
      "Region geometry comes from --boundaries (a GeoJSON whose features carry an ISO 3166-2",
      "code in property shapeISO, e.g. geoBoundaries ADM1), by default the bundled oblasts.",
      "A progress bar (claims or documents, and their rate per second) shows on stderr when it",
      "is a terminal, or with --progress."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley export --format csv --excel -o claims.csv",
      "  parley export --format parquet -o claims.parquet",
      "  parley export --table documents --format parquet -o documents.parquet",
      "  parley export --format geojson --kind control -o control.geojson"
    })
public final class ExportCommand implements Callable<Integer> {
  /** The formats. */
  enum Format {
    jsonl,
    csv,
    parquet,
    geojson
  }

  /** The tables. */
  enum Table {
    claims,
    documents
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin ClaimFilterOptions filters;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "jsonl, csv, parquet or geojson (default: jsonl; csv with --excel).")
  @Nullable Format format;

  @Option(
      names = "--table",
      paramLabel = "TABLE",
      defaultValue = "claims",
      description = "claims or documents (default: ${DEFAULT-VALUE}).")
  Table table;

  @Option(names = "--excel", description = "CSV with a UTF-8 byte-order mark, for Excel.")
  boolean excel;

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

  @Option(
      names = "--progress",
      negatable = true,
      description = "show a progress bar on stderr (default: when stderr is a terminal)")
  @Nullable Boolean progress;

  @Override
  public Integer call() throws IOException {
    Format f = format();
    KnowledgeBase kb = KnowledgeBase.loadDefault();
    ClaimQuery query = filters.query(kb);
    try (ClaimLedger ledger = ledgerOptions.open()) {
      LedgerSnapshot snapshot = ledgerOptions.snapshot(ledger);
      String written;
      try (IngestProgress bar = progress(snapshot, query)) {
        LedgerSnapshot counted = new CountingSnapshot(snapshot, bar::step);
        written = f == Format.parquet ? parquet(counted, query) : text(counted, query, f, kb);
      }
      spec.commandLine()
          .getErr()
          .printf(
              "parley export: %s as %s%s, as of %s%n",
              written, f, out == null ? "" : " to " + out, snapshot.asOf());
    }
    return 0;
  }

  private IngestProgress progress(LedgerSnapshot snapshot, ClaimQuery query) {
    boolean documents = table == Table.documents;
    long total = documents ? snapshot.stats().documents() : snapshot.count(query);
    return IngestProgress.items("export", total, documents ? "docs" : "claims", progress);
  }

  private Format format() {
    Format f = format != null ? format : excel ? Format.csv : Format.jsonl;
    if (excel && f != Format.csv) {
      throw new IllegalArgumentException("--excel writes CSV, not " + f);
    }
    if (f == Format.parquet && out == null) {
      throw new IllegalArgumentException("--format parquet writes a binary file: give --out FILE");
    }
    if (f == Format.geojson && table == Table.documents) {
      throw new IllegalArgumentException(
          "documents have no geometry: --table documents takes jsonl, csv or parquet");
    }
    return f;
  }

  private String text(LedgerSnapshot snapshot, ClaimQuery query, Format f, KnowledgeBase kb)
      throws IOException {
    try (Writer w = writer()) {
      if (table == Table.documents) {
        long n =
            f == Format.csv
                ? new DocumentTable().csv(snapshot, excel, w)
                : new DocumentTable().jsonl(snapshot, w);
        return count(n, "document");
      }
      return switch (f) {
        case jsonl -> count(new JsonlExport().write(snapshot, query, w), "claim");
        case csv -> count(new CsvExport().write(snapshot, query, excel, w), "claim");
        case geojson -> geojson(snapshot, query, w, kb);
        case parquet -> throw new IllegalStateException("parquet is written apart");
      };
    }
  }

  private String geojson(LedgerSnapshot snapshot, ClaimQuery query, Writer w, KnowledgeBase kb) {
    GeoJsonExport.Written g =
        new GeoJsonExport().write(snapshot, query, boundaries(kb), new KbPlacePoints(kb), w);
    return count(g.features(), "claim")
        + (g.leftOut() == 0
            ? ""
            : "; %d left out: no geometry for %s (--boundaries FILE adds regions)"
                .formatted(g.leftOut(), String.join(", ", g.missing())))
        + (g.unplaced() == 0
            ? ""
            : "; %s left out: no known point for %s"
                .formatted(count(g.unplaced(), "meeting"), first(g.places(), 8)));
  }

  /** The first {@code n} names, then how many more. */
  private static String first(List<String> names, int n) {
    return names.size() <= n
        ? String.join(", ", names)
        : String.join(", ", names.subList(0, n)) + " and " + (names.size() - n) + " more";
  }

  private String parquet(LedgerSnapshot snapshot, ClaimQuery query) {
    Path file = java.util.Objects.requireNonNull(out);
    createParent(file);
    if (table == Table.documents) {
      List<Column> columns =
          DocumentTable.COLUMNS.stream()
              .map(c -> c.equals("chars") ? new Column(c, Column.Type.LONG) : Column.string(c))
              .toList();
      try (ParquetTable t = ParquetTable.create(file, "document", columns)) {
        snapshot.forEachDocument(d -> t.row(DocumentTable.row(d)));
        return count(t.rows(), "document");
      }
    }
    try (ParquetTable t = ParquetTable.create(file, "claim", claimColumns())) {
      snapshot.forEachClaim(query, e -> t.row(CsvExport.row(e)));
      return count(t.rows(), "claim");
    }
  }

  /** The CSV's columns, typed: numbers as numbers, {@code named} as a boolean. */
  static List<Column> claimColumns() {
    Set<String> doubles = Set.of("share", "area_km2", "confidence");
    return CsvExport.COLUMNS.stream()
        .map(
            c ->
                c.equals("entry")
                    ? new Column(c, Column.Type.LONG)
                    : doubles.contains(c)
                        ? new Column(c, Column.Type.DOUBLE)
                        : c.equals("named") ? new Column(c, Column.Type.BOOLEAN) : Column.string(c))
        .toList();
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private Boundaries boundaries(KnowledgeBase kb) {
    if (boundaries != null) {
      if (!Files.isRegularFile(boundaries)) {
        throw new IllegalArgumentException("--boundaries " + boundaries + ": no such file");
      }
      return new BoundaryLoader(kb).withCountryOutline(Boundaries.read(boundaries, isoProperty));
    }
    return new BoundaryLoader(kb).bundledForExport(isoProperty);
  }

  private static void createParent(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file, e);
    }
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
    createParent(out);
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }
}
