package org.parley.analysis.event;

import java.util.Locale;
import org.parley.ledger.LedgerEntry;
import org.parley.model.Attribution;

/**
 * Where a report comes from, for counting independent sources: the first report the text relays
 * ({@code via}: Reuters, DeepState), else its document's outlet, else the document itself (an
 * outlet Parley does not know counts once per document). Two outlets relaying one wire report are
 * one source; so are two articles of one outlet. Stateless.
 */
public final class ReportSource {
  private ReportSource() {}

  /** The source key of {@code e}: {@code reuters}, {@code parley wire}, {@code doc 15_control…}. */
  public static String of(LedgerEntry e) {
    Attribution a = e.claim().provenance().attribution();
    if (a != null && !a.via().isEmpty() && !a.via().get(0).isBlank()) {
      return normalised(a.via().get(0));
    }
    if (e.outlet() != null && !e.outlet().isBlank()) {
      return normalised(e.outlet());
    }
    return "doc " + e.claim().doc().value();
  }

  /** Who voiced it inside the report: the agent, else the attribution's source phrase, else "". */
  public static String voice(LedgerEntry e) {
    if (e.claim().agent() != null) {
      return normalised(e.claim().agent());
    }
    Attribution a = e.claim().provenance().attribution();
    return a == null || a.source() == null ? "" : normalised(a.source());
  }

  /**
   * Whether two reports come from different sources: another outlet (or wire report), or, in one
   * outlet, another voice (DeepState's maps against a governor's word). One outlet saying two
   * things in its own voice is not two sources.
   */
  public static boolean differ(LedgerEntry a, LedgerEntry b) {
    return !of(a).equals(of(b)) || !voice(a).equals(voice(b));
  }

  private static String normalised(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
