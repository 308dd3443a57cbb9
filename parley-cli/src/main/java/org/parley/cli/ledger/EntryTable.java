package org.parley.cli.ledger;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.ledger.LedgerEntry;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Measure;
import org.parley.model.Meeting;
import org.parley.model.Position;
import org.parley.model.Statement;

/** Prints ledger entries as a plain-text table, one line per claim, for people to read. */
public final class EntryTable {
  private static final String FORMAT = "%-7s %-10s %-9s %-9s %-44s %-16s %-10s %-9s %s%n";
  private static final int WHAT_WIDTH = 44;

  /** Prints the header and one row per entry. */
  public void print(List<LedgerEntry> entries, PrintWriter out) {
    out.printf(
        FORMAT, "ENTRY", "VALID", "KIND", "HOLDER", "WHAT", "REGIONS", "STATUS", "REVIEW", "DOC");
    for (LedgerEntry e : entries) {
      Claim c = e.claim();
      String id = e.id() + (e.isSuperseded() ? "*" : "");
      out.printf(
          FORMAT,
          id,
          e.validTime() == null ? "-" : e.validTime(),
          c.kind().code(),
          c.holder() == null ? (c.agent() == null ? "-" : c.agent()) : c.holder(),
          cut(what(c)),
          regions(c),
          c.provenance().status() == null ? "-" : c.provenance().status().code(),
          review(e),
          c.doc());
    }
  }

  /** {@code accepted}, {@code corrected}, {@code rejected}, or {@code -} when not reviewed. */
  static String review(LedgerEntry e) {
    if (e.review() == null) {
      return "-";
    }
    return switch (e.review().decision()) {
      case ACCEPT -> "accepted";
      case REJECT -> "rejected";
      case CORRECT -> "corrected";
    };
  }

  /** What the claim says, in a few words. */
  public static String what(Claim c) {
    return switch (c) {
      case Position p ->
          p.provision().type().code()
              + " "
              + p.provision().polarity().code()
              + (p.provision().detail() == null ? "" : " (" + p.provision().detail() + ")");
      case Control k -> measure(k.measure());
      case Statement s -> "\"" + s.quote() + "\"";
      case Meeting m ->
          m.participants().stream().map(Object::toString).collect(Collectors.joining(", "))
              + (m.place() == null ? "" : " in " + m.place());
    };
  }

  private static String measure(Measure m) {
    String figure =
        m.share() != null
            ? Math.round(m.share() * 1000) / 10.0 + "%"
            : m.areaKm2() != null ? Math.round(m.areaKm2()) + " km²" : "";
    return (m.approx().code() + " " + figure).strip();
  }

  private static String regions(Claim c) {
    List<?> regions =
        switch (c) {
          case Position p -> p.provision().regions();
          case Control k -> k.regions();
          case Statement s -> List.of();
          case Meeting m -> List.of();
        };
    return regions.isEmpty()
        ? "-"
        : regions.stream().map(Object::toString).collect(Collectors.joining(","));
  }

  private static String cut(String s) {
    return s.length() <= WHAT_WIDTH ? s : s.substring(0, WHAT_WIDTH - 1) + "…";
  }
}
