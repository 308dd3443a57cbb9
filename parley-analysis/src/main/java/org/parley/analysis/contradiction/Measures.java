package org.parley.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import org.parley.analysis.territory.Figures;
import org.parley.model.Approx;
import org.parley.model.Measure;

/**
 * How a control measure is written: {@code about 75 %}, {@code at most 20 %}, {@code nearly all}.
 */
public final class Measures {
  private Measures() {}

  /** The measure as printed; exact figures and "all" carry no qualifier word. */
  public static String label(Measure m) {
    List<String> parts = new ArrayList<>();
    if (m.share() != null) {
      parts.add(Figures.percent(m.share()));
    }
    if (m.areaKm2() != null) {
      parts.add(Figures.km2(m.areaKm2()));
    }
    String approx = m.approx().code().replace('_', ' ');
    if (parts.isEmpty()) {
      return approx;
    }
    String figure = String.join(", ", parts);
    return m.approx() == Approx.EXACT || m.approx() == Approx.ALL ? figure : approx + " " + figure;
  }
}
