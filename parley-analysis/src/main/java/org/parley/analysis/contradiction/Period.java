package org.parley.analysis.contradiction;

import java.util.Locale;
import org.parley.analysis.position.ClaimDate;
import org.parley.model.PartialDate;

/**
 * How finely claims are bucketed into "the same period" when looking for disputes: a claim falls in
 * the bucket of its date (valid time, else report date) cut to this precision; a claim dated only
 * to a coarser precision (a year, when buckets are months) falls in that coarser bucket, and so
 * only meets claims dated as coarsely.
 */
public enum Period {
  DAY,
  MONTH,
  YEAR;

  /** The bucket of {@code date}: {@code 2025-08}, {@code 2025}, {@code 2025-08-15}. */
  public String key(ClaimDate date) {
    PartialDate d = date.date();
    return switch (this) {
      case YEAR -> PartialDate.ofYear(d.year()).toString();
      case MONTH ->
          d.precision() == PartialDate.Precision.YEAR
              ? d.toString()
              : PartialDate.ofMonth(d.year(), d.month()).toString();
      case DAY -> d.toString();
    };
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code day}, {@code month} or {@code year}. */
  public static Period fromCode(String code) {
    for (Period p : values()) {
      if (p.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown period '" + code + "': day, month or year");
  }
}
