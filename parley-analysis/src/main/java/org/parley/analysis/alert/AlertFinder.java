package org.parley.analysis.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.analysis.contradiction.DisputeFinder;
import org.parley.analysis.contradiction.DisputeTolerance;
import org.parley.analysis.contradiction.Disputes;
import org.parley.analysis.contradiction.FigureDispute;
import org.parley.analysis.contradiction.Measures;
import org.parley.analysis.contradiction.PositionDispute;
import org.parley.analysis.shift.Shift;
import org.parley.analysis.shift.ShiftFinder;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import org.parley.ledger.export.JsonlExport;
import org.parley.model.ActorId;
import org.parley.model.Position;

/**
 * What a poll brought that saved queries select: the claims recorded after {@code before} that
 * match, the disputes and the shifts that exist {@code after} but did not {@code before}. Every
 * alert names its query; a thing selected by two queries gives two alerts. Stateless apart from the
 * tolerance; thread-safe.
 */
public final class AlertFinder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DisputeTolerance tolerance;

  public AlertFinder(DisputeTolerance tolerance) {
    this.tolerance = tolerance;
  }

  /** The alerts of everything new between the two snapshots, claims first. */
  public List<Alert> find(LedgerSnapshot before, LedgerSnapshot after, List<AlertQuery> queries) {
    List<Alert> out = new ArrayList<>();
    if (queries.isEmpty() || !after.asOf().isAfter(before.asOf())) {
      return out;
    }
    List<LedgerEntry> fresh = new ArrayList<>();
    after.forEachClaim(ClaimQuery.all().withRecordedAfter(before.asOf()), fresh::add);
    for (LedgerEntry e : fresh) {
      for (AlertQuery q : queries) {
        if (q.matches(e)) {
          out.add(claim(q, e));
        }
      }
    }
    disputes(before, after, queries, out);
    shifts(before, after, fresh, queries, out);
    return out;
  }

  private static Alert claim(AlertQuery q, LedgerEntry e) {
    String line = JsonlExport.line(e);
    ObjectNode n = base(q, "claim");
    n.put("entry", e.id().value());
    n.set("claim", read(line));
    String text =
        "claim %s %s %s (%s)"
            .formatted(e.id(), e.claim().kind().code(), what(e), e.claim().doc().value());
    return new Alert(q.name(), "claim", text, n.toString());
  }

  private void disputes(
      LedgerSnapshot before, LedgerSnapshot after, List<AlertQuery> queries, List<Alert> out) {
    DisputeFinder finder = new DisputeFinder();
    Disputes was = finder.find(before, tolerance, null);
    Disputes now = finder.find(after, tolerance, null);
    Set<String> known = new TreeSet<>();
    was.figures().forEach(f -> known.add(key(f)));
    was.positions().forEach(p -> known.add(key(p)));
    figureDisputes(now, known, queries, out);
    positionDisputes(now, known, queries, out);
  }

  private static void figureDisputes(
      Disputes now, Set<String> known, List<AlertQuery> queries, List<Alert> out) {
    for (FigureDispute f : now.figures()) {
      for (AlertQuery q : queries) {
        if (!known.contains(key(f)) && q.matchesSubject(f.holder(), f.regions(), null, "dispute")) {
          String figures =
              String.join(
                  " vs ",
                  new LinkedHashSet<>(
                      f.figures().stream().map(c -> Measures.label(c.claim().measure())).toList()));
          out.add(
              dispute(
                  q,
                  f.holder(),
                  "dispute %s %s %s: %s".formatted(f.holder(), f.regions(), f.period(), figures),
                  f.why()));
        }
      }
    }
  }

  private static void positionDisputes(
      Disputes now, Set<String> known, List<AlertQuery> queries, List<Alert> out) {
    for (PositionDispute p : now.positions()) {
      for (AlertQuery q : queries) {
        if (!known.contains(key(p))
            && q.matchesSubject(p.holder(), p.regions(), p.type().code(), "dispute")) {
          out.add(
              dispute(
                  q,
                  p.holder(),
                  "dispute %s %s %s: %s"
                      .formatted(p.holder(), p.type().code(), p.period(), p.why()),
                  p.why()));
        }
      }
    }
  }

  private static Alert dispute(AlertQuery q, ActorId holder, String text, String why) {
    ObjectNode n = base(q, "dispute");
    n.put("holder", holder.value());
    n.put("text", text);
    n.put("why", why);
    return new Alert(q.name(), "dispute", text, n.toString());
  }

  private static void shifts(
      LedgerSnapshot before,
      LedgerSnapshot after,
      List<LedgerEntry> fresh,
      List<AlertQuery> queries,
      List<Alert> out) {
    Set<ActorId> holders = new TreeSet<>();
    fresh.stream()
        .filter(e -> e.claim() instanceof Position)
        .forEach(e -> holders.add(e.claim().holder()));
    ShiftFinder finder = new ShiftFinder();
    for (ActorId h : holders) {
      Set<String> known = new TreeSet<>();
      finder
          .find(before, h, null, ShiftFinder.DEFAULT_STALE_MONTHS)
          .shifts()
          .forEach(s -> known.add(key(s)));
      for (Shift s : finder.find(after, h, null, ShiftFinder.DEFAULT_STALE_MONTHS).shifts()) {
        for (AlertQuery q : queries) {
          if (!known.contains(key(s))
              && q.matchesSubject(h, s.issue().regions(), s.issue().type().code(), "shift")) {
            out.add(shift(q, h, s));
          }
        }
      }
    }
  }

  private static Alert shift(AlertQuery q, ActorId h, Shift s) {
    String text =
        "shift %s %s %s: %s".formatted(h, s.kind().code(), s.issue().type().code(), s.rule());
    ObjectNode n = base(q, "shift");
    n.put("holder", h.value());
    n.put("shift", s.kind().code());
    n.put("type", s.issue().type().code());
    n.put("text", text);
    return new Alert(q.name(), "shift", text, n.toString());
  }

  /** A position not heard for a long while is "not restated", never "dropped". */
  private static String shiftLabel(Shift s) {
    return s.kind() == org.parley.analysis.shift.ShiftKind.DROPPED
        ? "not restated"
        : s.kind().code();
  }

  private static String key(FigureDispute f) {
    return "f|"
        + f.holder()
        + "|"
        + f.regions()
        + "|"
        + f.figures().stream().map(c -> c.entry().id().toString()).toList();
  }

  private static String key(PositionDispute p) {
    return "p|" + p.holder() + "|" + p.type() + "|" + p.period() + "|" + p.why();
  }

  private static String key(Shift s) {
    return s.kind() + "|" + s.issue() + "|" + s.date() + "|" + s.to();
  }

  private static ObjectNode base(AlertQuery q, String kind) {
    ObjectNode n = JSON.createObjectNode();
    n.put("alert", q.name());
    n.put("query", q.text());
    n.put("kind", kind);
    return n;
  }

  private static com.fasterxml.jackson.databind.JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the contract writer wrote unreadable JSON", e);
    }
  }

  private static String what(LedgerEntry e) {
    return switch (e.claim()) {
      case Position p ->
          p.holder()
              + " "
              + p.provision().type().code()
              + " "
              + p.provision().polarity().code()
              + " "
              + p.provision().regions();
      case org.parley.model.Control k ->
          k.holder() + " " + k.regions() + " " + Measures.label(k.measure());
      case org.parley.model.Statement s -> "\"" + s.quote() + "\"";
      case org.parley.model.Meeting m -> m.participants().toString();
    };
  }
}
