package org.parley.cli.imports;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.cli.ExitCodes;
import org.parley.cli.ingest.IngestProgress;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.contract.ClaimReader;
import org.parley.contract.ReadResult;
import org.parley.ledger.AppendResult;
import org.parley.ledger.ClaimImport;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.RunIdentity;
import org.parley.model.Claim;
import org.parley.model.DocumentId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley import}: appends the claims of parley.claim/1 files, one transaction per document.
 */
@Command(
    name = "import",
    header = "Records the claims of parley.claim/1 files in the ledger.",
    mixinStandardHelpOptions = true,
    description = {
      "Records the claims of parley.claim/1 JSONL files (an export of another ledger, a gold",
      "file) in the ledger, grouped by document; the documents' texts do not travel with them.",
      "Importing the same claims again adds nothing; other claims for a document supersede the",
      "ones recorded before. Invalid lines are reported and skipped (exit code 4)."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley import other-ledger.jsonl",
      "  parley import gold/*.jsonl --run gold/2025-11"
    })
public final class ImportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "parley.claim/1 JSONL files.")
  List<Path> files;

  @Option(
      names = "--run",
      paramLabel = "EXTRACTOR/KB",
      defaultValue = "import/-",
      description = "The run identity to record the claims under (default: ${DEFAULT-VALUE}).")
  String run;

  @Override
  public Integer call() {
    RunIdentity identity = runIdentity();
    PrintWriter err = spec.commandLine().getErr();
    Map<DocumentId, List<Claim>> byDocument = new LinkedHashMap<>();
    int invalid = readInto(byDocument, err);
    int[] counts = append(byDocument, identity, err);
    spec.commandLine()
        .getOut()
        .printf(
            "%d documents: %d claims recorded, %d documents already recorded, %d conflicting,"
                + " %d invalid lines%n",
            byDocument.size(), counts[0], counts[1], counts[2], invalid);
    return invalid > 0 || counts[2] > 0 ? ExitCodes.PARTIAL : 0;
  }

  private RunIdentity runIdentity() {
    String[] parts = run.split("/", 2);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException("--run '" + run + "' is not EXTRACTOR/KB");
    }
    return new RunIdentity(parts[0], parts[1]);
  }

  /** Reads every file's claims into {@code byDocument}; returns the number of invalid lines. */
  private int readInto(Map<DocumentId, List<Claim>> byDocument, PrintWriter err) {
    int invalid = 0;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(file + ": no such file");
      }
      for (ReadResult r : new ClaimReader().readFile(file)) {
        switch (r) {
          case ReadResult.Parsed p ->
              byDocument.computeIfAbsent(p.claim().doc(), d -> new ArrayList<>()).add(p.claim());
          case ReadResult.Invalid i -> {
            err.println("parley import: " + i.where() + ": " + i.problem());
            invalid++;
          }
        }
      }
    }
    return invalid;
  }

  /** Appends each document's claims; returns {claims recorded, already recorded, conflicting}. */
  private int[] append(
      Map<DocumentId, List<Claim>> byDocument, RunIdentity identity, PrintWriter err) {
    int[] counts = new int[3];
    try (ClaimLedger ledger = ledgerOptions.openOrCreate();
        IngestProgress bar = IngestProgress.documents("import", byDocument.size())) {
      long[] done = {0};
      byDocument.forEach(
          (doc, claims) -> {
            bar.step(++done[0]);
            switch (ledger.appendClaims(new ClaimImport(doc, identity, claims))) {
              case AppendResult.Recorded r -> counts[0] += r.claims();
              case AppendResult.AlreadyRecorded a -> counts[1]++;
              case AppendResult.ConflictsWithRecorded c -> {
                err.println("parley import: document " + doc + ": " + c.problem());
                counts[2]++;
              }
            }
          });
    }
    return counts;
  }
}
