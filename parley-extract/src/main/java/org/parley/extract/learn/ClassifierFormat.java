package org.parley.extract.learn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text model format: a header line {@code #classifier NAME}, a line {@code #outcomes}
 * with the outcomes tab-separated, then one line per feature: the feature and its weight for each
 * outcome, tab-separated, features sorted, weights to six significant digits. Rows whose weights
 * all round to zero are left out. The same classifier always gives the same bytes.
 */
public final class ClassifierFormat {
  private static final MathContext DIGITS = new MathContext(6);

  private ClassifierFormat() {}

  /** The classifier as text. */
  public static String write(Classifier c) {
    StringBuilder out = new StringBuilder();
    out.append("#classifier\t").append(c.name()).append('\n');
    out.append("#outcomes\t").append(String.join("\t", c.outcomes())).append('\n');
    for (Classifier.Weights w : c.weights()) {
      StringBuilder row = new StringBuilder(clean(w.feature()));
      boolean any = false;
      for (double v : w.values()) {
        BigDecimal d = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
        any |= d.signum() != 0;
        row.append('\t').append(d.signum() == 0 ? "0" : d.toPlainString());
      }
      if (any) {
        out.append(row).append('\n');
      }
    }
    return out.toString();
  }

  /** A classifier read from {@link #write}'s text; fails naming the line that is wrong. */
  public static Classifier read(String text) {
    String[] lines = text.split("\n");
    if (lines.length < 2
        || !lines[0].startsWith("#classifier\t")
        || !lines[1].startsWith("#outcomes\t")) {
      throw new IllegalArgumentException("not a classifier file: it lacks its two header lines");
    }
    String name = lines[0].substring("#classifier\t".length());
    List<String> outcomes = List.of(lines[1].substring("#outcomes\t".length()).split("\t"));
    List<Classifier.Weights> rows = new ArrayList<>();
    for (int i = 2; i < lines.length; i++) {
      String[] cells = lines[i].split("\t", -1);
      if (cells.length != outcomes.size() + 1) {
        throw new IllegalArgumentException(
            "classifier %s, line %d: %d cells where %d are expected"
                .formatted(name, i + 1, cells.length, outcomes.size() + 1));
      }
      double[] values = new double[outcomes.size()];
      for (int k = 0; k < values.length; k++) {
        values[k] = Double.parseDouble(cells[k + 1]);
      }
      rows.add(new Classifier.Weights(cells[0], values));
    }
    return new Classifier(name, outcomes, rows);
  }

  /** A feature name without the tab and line breaks the format uses as separators. */
  private static String clean(String feature) {
    return feature.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
