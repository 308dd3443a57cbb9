package org.parley.cli.review;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.cli.ledger.EntryTable;
import org.parley.cli.ledger.LedgerOptions;
import org.parley.ledger.ClaimEdit;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.EntryId;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.Review;
import org.parley.ledger.ReviewDecision;
import org.parley.ledger.ReviewMatch;
import org.parley.ledger.ReviewRecord;
import org.parley.ledger.ReviewResult;
import org.parley.model.Claim;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley review ENTRY}: accept, reject or correct a claim; without a decision, its history.
 */
@Command(
    name = "review",
    header = "Accepts, rejects or corrects a claim; without a decision, its history.",
    mixinStandardHelpOptions = true,
    description = {
      "Records a reviewer's decision about one claim (its ENTRY number, as parley claims shows",
      "it): --accept, --reject --why TEXT, or --set field=value (repeatable) to correct it.",
      "Reviews are appended to the ledger with who (--reviewer, default $PARLEY_REVIEWER or",
      "$USER), when and why, never changed; the latest decision wins. Every answer reads the",
      "claim as reviewed (a rejected claim is left out, except with --history), also after a",
      "newer extractor re-reads the document, and --as-of an earlier instant reads it as it was.",
      "Without a decision it prints the claim's history: its extractions and its reviews."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley review 127",
      "  parley review 127 --accept",
      "  parley review 127 --reject --why \"the sources speak of Luhansk, not Donetsk\"",
      "  parley review 131 --set type=territory.freeze --set regions=UA-23,UA-65 --why \"misread\""
    })
public final class ReviewCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin LedgerOptions ledgerOptions;

  @Parameters(index = "0", paramLabel = "ENTRY", description = "the claim's entry number")
  long entry;

  @ArgGroup(exclusive = true)
  @Nullable Decision decision;

  @Option(names = "--why", paramLabel = "TEXT", description = "the reason (required to reject)")
  @Nullable String why;

  @Option(
      names = "--reviewer",
      paramLabel = "NAME",
      description = "who decides (default: $PARLEY_REVIEWER, else $USER)")
  @Nullable String reviewer;

  /** The decision options, one at a time. */
  static final class Decision {
    @Option(names = "--accept", description = "the claim is right")
    boolean accept;

    @Option(names = "--reject", description = "the claim is wrong (give --why)")
    boolean reject;

    @Option(
        names = "--set",
        paramLabel = "FIELD=VALUE",
        description = "correct a field (repeatable): " + "type, polarity, regions, holder, …")
    List<String> set = new ArrayList<>();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ClaimLedger ledger = ledgerOptions.open()) {
      LedgerSnapshot now = ledgerOptions.snapshot(ledger);
      LedgerEntry current = find(now, new EntryId(entry));
      if (decision == null) {
        history(now, current, out);
        return 0;
      }
      Review review = review(current);
      switch (ledger.review(review)) {
        case ReviewResult.Recorded r ->
            out.printf(
                "entry %d %s%n  %s%n(--as-of %s reads the ledger before it)%n",
                entry,
                r.review().describe(),
                EntryTable.what(
                    r.review().corrected() == null ? current.extracted() : r.review().corrected()),
                r.review().recordedAt().minusNanos(1000));
        case ReviewResult.UnknownEntry u ->
            throw new IllegalArgumentException("entry " + entry + " is not a current claim");
      }
    }
    return 0;
  }

  private Review review(LedgerEntry current) {
    String who = who();
    Decision d = java.util.Objects.requireNonNull(decision);
    if (d.accept) {
      return new Review(current.id(), ReviewDecision.ACCEPT, null, null, who, why);
    }
    if (d.reject) {
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("--reject needs --why TEXT: say what is wrong");
      }
      return new Review(current.id(), ReviewDecision.REJECT, null, null, who, why);
    }
    Claim corrected = ClaimEdit.apply(current.claim(), d.set);
    return new Review(
        current.id(), ReviewDecision.CORRECT, corrected, String.join("; ", d.set), who, why);
  }

  private String who() {
    if (reviewer != null && !reviewer.isBlank()) {
      return reviewer.strip();
    }
    Map<String, String> env = ledgerOptions.environment();
    String named = env.getOrDefault("PARLEY_REVIEWER", env.get("USER"));
    return named == null || named.isBlank() ? "unknown" : named;
  }

  /** The entry as the snapshot reads it (rejected ones included). */
  private static LedgerEntry find(LedgerSnapshot now, EntryId id) {
    return now.claimsById(List.of(id)).stream()
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "entry %s is not a current claim (parley claims lists them; --as-of %s)"
                        .formatted(id, now.asOf())));
  }

  /** The claim's versions in its document (superseded ones too) and the reviews that apply. */
  private static void history(LedgerSnapshot now, LedgerEntry current, PrintWriter out) {
    out.printf(
        "entry %s · %s · %s%n",
        current.id(), current.claim().doc(), EntryTable.what(current.claim()));
    out.println("versions (extractions of the same claim):");
    for (LedgerEntry e :
        now.claims(
            ClaimQuery.all()
                .withDoc(current.claim().doc())
                .withSuperseded(true)
                .withLimit(10_000))) {
      if (e.id().equals(current.id()) || sameClaim(now, current, e)) {
        out.printf(
            "  entry %s  recorded %s by %s%s%n",
            e.id(),
            e.recordedAt(),
            e.run(),
            e.isSuperseded() ? "  (superseded " + e.supersededAt() + ")" : "");
      }
    }
    List<ReviewRecord> reviews =
        now.reviews(current.claim().doc()).stream()
            .filter(r -> ReviewMatch.applies(r, current))
            .toList();
    out.println(reviews.isEmpty() ? "reviews: none" : "reviews:");
    reviews.forEach(r -> out.println("  " + r.describe()));
    out.printf("as of %s%n", now.asOf());
  }

  private static boolean sameClaim(LedgerSnapshot now, LedgerEntry current, LedgerEntry other) {
    return ReviewMatch.sameClaim(current.extracted(), other.extracted())
        || now.reviews(current.claim().doc()).stream()
            .anyMatch(r -> ReviewMatch.applies(r, other) && ReviewMatch.applies(r, current));
  }
}
