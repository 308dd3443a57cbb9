package org.parley.contract.scoring;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Measure;
import org.parley.model.Meeting;
import org.parley.model.PartialDate;
import org.parley.model.Position;
import org.parley.model.Statement;

/**
 * Whether a predicted claim matches a gold claim of the same document, by the rules of the
 * contract's "Scoring" section (claims.md). Stateless and thread-safe.
 */
public final class ClaimMatcher {
  private static final Pattern WORD = Pattern.compile("[\\w']+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Whether {@code predicted} matches {@code gold}. */
  public boolean matches(Claim gold, Claim predicted) {
    if (gold.kind() != predicted.kind()) {
      return false;
    }
    return switch (gold) {
      case Position g -> positionMatches(g, (Position) predicted);
      case Control g -> controlMatches(g, (Control) predicted);
      case Statement g -> statementMatches(g, (Statement) predicted);
      case Meeting g -> meetingMatches(g, (Meeting) predicted);
    };
  }

  private static boolean positionMatches(Position g, Position p) {
    return g.holder().equals(p.holder())
        && g.provision().type() == p.provision().type()
        && g.provision().polarity() == p.provision().polarity()
        && jaccard(g.provision().regions(), p.provision().regions()) >= 0.5;
  }

  private static boolean controlMatches(Control g, Control p) {
    return g.holder().equals(p.holder())
        && jaccard(g.regions(), p.regions()) >= 0.5
        && measureAgrees(g.measure(), p.measure());
  }

  private static boolean statementMatches(Statement g, Statement p) {
    return sameSpeaker(g, p) && quoteOverlap(g.quote(), p.quote()) >= 0.6;
  }

  private static boolean meetingMatches(Meeting g, Meeting p) {
    return jaccard(g.participants(), p.participants()) >= 0.5
        && datesClose(g.provenance().validTime(), p.provenance().validTime());
  }

  /** Region or participant overlap; a side that names none leaves the set unconstrained. */
  static <T> double jaccard(List<T> a, List<T> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 1.0;
    }
    Set<T> union = new HashSet<>(a);
    union.addAll(b);
    long common = a.stream().distinct().filter(b::contains).count();
    return (double) common / union.size();
  }

  static boolean measureAgrees(Measure g, Measure p) {
    if (g.share() != null) {
      return p.share() != null && Math.abs(g.share() - p.share()) <= 0.05;
    }
    if (g.areaKm2() != null) {
      return p.areaKm2() != null && Math.abs(g.areaKm2() - p.areaKm2()) <= 0.10 * g.areaKm2();
    }
    return g.approx() == p.approx();
  }

  static boolean sameSpeaker(Statement g, Statement p) {
    ActorId holder = g.holder();
    if (holder != null && holder.equals(p.holder())) {
      return true;
    }
    String ga = normalizedAgent(g.agent());
    String pa = normalizedAgent(p.agent());
    if (ga.isEmpty() || pa.isEmpty()) {
      return false;
    }
    Set<String> gs = Set.of(ga.split(" "));
    Set<String> ps = Set.of(pa.split(" "));
    return ga.equals(pa) || jaccard(List.copyOf(gs), List.copyOf(ps)) >= 0.5;
  }

  /** Share of the gold quote's words (with repeats) that occur in the predicted quote. */
  static double quoteOverlap(String gold, String predicted) {
    List<String> gw = words(gold);
    if (gw.isEmpty()) {
      return 0.0;
    }
    Set<String> pw = new HashSet<>(words(predicted));
    return (double) gw.stream().filter(pw::contains).count() / gw.size();
  }

  private static boolean datesClose(@Nullable PartialDate a, @Nullable PartialDate b) {
    if (a == null || b == null) {
      return true;
    }
    if (a.precision() != PartialDate.Precision.DAY || b.precision() != PartialDate.Precision.DAY) {
      return true;
    }
    LocalDate da = a.start();
    LocalDate db = b.start();
    return Math.abs(da.toEpochDay() - db.toEpochDay()) <= 1;
  }

  private static String normalizedAgent(@Nullable String agent) {
    return words(agent).stream()
        .filter(w -> !ARTICLES.contains(w))
        .collect(Collectors.joining(" "));
  }

  static List<String> words(@Nullable String s) {
    if (s == null) {
      return List.of();
    }
    Matcher m = WORD.matcher(s);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
