package org.parley.analysis.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.analysis.position.Issue;
import org.parley.analysis.position.Stance;
import org.parley.model.ActorId;
import org.parley.model.Polarity;
import org.parley.model.Provision;
import org.parley.model.ProvisionType;
import org.parley.model.RegionId;

/**
 * Plain-language phrases for stances and issues: {@code demands: hand over Luhansk, Donetsk},
 * {@code rejects: Ukraine's NATO membership}, {@code demands: no foreign troops in Ukraine}.
 * Immutable and thread-safe.
 */
public final class Phrases {
  private static final Map<ProvisionType, String> AGAINST =
      new EnumMap<>(
          Map.of(
              ProvisionType.ALLIANCE_NATO, "no NATO membership for Ukraine",
              ProvisionType.ALLIANCE_EU, "no EU membership for Ukraine",
              ProvisionType.TROOPS_FOREIGN, "no foreign troops in Ukraine",
              ProvisionType.SANCTIONS, "keeping sanctions"));

  private static final Map<ProvisionType, String> LABELS = labels();

  private final Names names;

  public Phrases(Names names) {
    this.names = Objects.requireNonNull(names, "names");
  }

  /**
   * The stance as one phrase, worded from the provision of its latest claim (type, beneficiary; for
   * {@code other}, the detail that names it): {@code demands: hand over Luhansk, Donetsk to
   * Russia}, {@code demands: no-fly zone}.
   */
  public String stance(Stance s, Provision latest) {
    String detail = latest.detail();
    if (latest.type() == ProvisionType.OTHER && detail != null && !detail.isBlank()) {
      if (s.verb().equals("rejects") && s.polarity() == Polarity.AGAINST) {
        return "insists on: " + detail.strip();
      }
      return s.verb() + ": " + (s.polarity() == Polarity.FOR ? "" : "no ") + detail.strip();
    }
    String phrase = provision(latest.type(), s.polarity(), s.regions(), latest.beneficiary());
    if (s.verb().equals("rejects") && s.polarity() == Polarity.AGAINST) {
      // rejecting "no X" is insisting on X: never print a double negative
      return "insists on: "
          + provision(latest.type(), Polarity.FOR, s.regions(), latest.beneficiary());
    }
    return s.verb() + ": " + phrase;
  }

  /**
   * The issue as a short label: {@code hand over territory (Luhansk, Donetsk)}, {@code withdraw
   * forces (Donetsk) — Ukraine's forces}.
   */
  public String issue(Issue issue) {
    String where = issue.regions().isEmpty() ? "" : " (" + names.regions(issue.regions()) + ")";
    return label(issue.type())
        + where
        + (issue.detail() == null ? "" : " — " + issue.detail())
        + forces(names, issue.withdrawer());
  }

  /**
   * A provision type as analysts name it: {@code hand over territory} for {@code territory.cede},
   * {@code NATO membership for Ukraine} for {@code alliance.nato}.
   */
  public static String label(ProvisionType type) {
    return LABELS.get(type);
  }

  private static Map<ProvisionType, String> labels() {
    Map<ProvisionType, String> m = new EnumMap<>(ProvisionType.class);
    m.put(ProvisionType.TERRITORY_CEDE, "hand over territory");
    m.put(ProvisionType.TERRITORY_WITHDRAW, "withdraw forces");
    m.put(ProvisionType.TERRITORY_FREEZE, "freeze the front line");
    m.put(ProvisionType.TERRITORY_RETURN, "give back captured land");
    m.put(ProvisionType.TERRITORY_RECOGNIZE, "recognise territorial claims");
    m.put(ProvisionType.CEASEFIRE, "ceasefire");
    m.put(ProvisionType.ALLIANCE_NATO, "NATO membership for Ukraine");
    m.put(ProvisionType.ALLIANCE_EU, "EU membership for Ukraine");
    m.put(ProvisionType.TROOPS_FOREIGN, "foreign troops in Ukraine");
    m.put(ProvisionType.SECURITY_GUARANTEES, "security guarantees");
    m.put(ProvisionType.MILITARY_LIMITS, "limits on armed forces");
    m.put(ProvisionType.NEUTRALITY, "neutrality");
    m.put(ProvisionType.SANCTIONS, "sanctions");
    m.put(ProvisionType.RIGHTS_LANGUAGE, "language and church rights");
    m.put(ProvisionType.SECURITY_INTERESTS, "security interests");
    m.put(ProvisionType.GOVERNANCE, "elections and government");
    m.put(ProvisionType.PRISONERS, "prisoner exchange");
    m.put(ProvisionType.ASSETS, "assets and reparations");
    m.put(ProvisionType.TALKS, "talks");
    m.put(ProvisionType.OTHER, "other");
    for (ProvisionType t : ProvisionType.values()) {
      if (!m.containsKey(t)) {
        throw new IllegalStateException("no label for provision type " + t.code());
      }
    }
    return m;
  }

  /** {@code — Ukraine's forces} for whose forces a withdrawal issue is about; empty if unknown. */
  static String forces(Names names, @Nullable ActorId withdrawer) {
    return withdrawer == null ? "" : " — " + names.actor(withdrawer) + "'s forces";
  }

  /** What a provision asks for, in words. */
  public String provision(
      ProvisionType type, Polarity polarity, List<RegionId> regions, @Nullable ActorId to) {
    String where = regions.isEmpty() ? "" : names.regions(regions);
    String base =
        switch (type) {
          case TERRITORY_CEDE ->
              "hand over "
                  + (where.isEmpty() ? "territory" : where)
                  + (to == null ? "" : " to " + names.actor(to));
          case TERRITORY_WITHDRAW -> "withdraw forces" + in("from", where);
          case TERRITORY_FREEZE -> "freeze the front line" + in("in", where);
          case TERRITORY_RETURN -> "give back captured land" + in("in", where);
          case TERRITORY_RECOGNIZE -> "recognise sovereignty over " + or(where, "territory");
          case ALLIANCE_NATO -> "Ukraine's NATO membership";
          case ALLIANCE_EU -> "Ukraine's EU membership";
          case TROOPS_FOREIGN -> "foreign troops in Ukraine";
          case SANCTIONS -> "lifting sanctions";
          case CEASEFIRE,
              SECURITY_GUARANTEES,
              MILITARY_LIMITS,
              NEUTRALITY,
              RIGHTS_LANGUAGE,
              SECURITY_INTERESTS,
              GOVERNANCE,
              PRISONERS,
              ASSETS,
              TALKS,
              OTHER ->
              type.description() + in("in", type.isTerritorial() ? where : "");
        };
    return polarity == Polarity.FOR ? base : against(type, base);
  }

  private static String against(ProvisionType type, String base) {
    return AGAINST.getOrDefault(type, "no " + base);
  }

  private static String in(String preposition, String where) {
    return where.isEmpty() ? "" : " " + preposition + " " + where;
  }

  private static String or(String s, String fallback) {
    return s.isEmpty() ? fallback : s;
  }
}
