package org.parley.extract.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.model.ClaimKind;

/**
 * Finds stance triggers ("demands", "is ready to", "rules out") from the data file {@code
 * stances.tsv}. Triggers do not overlap: the earliest wins, then the longest, then the one listed
 * first. Immutable and thread-safe.
 */
public final class StanceLexicon {
  private static final String RESOURCE = "stances.tsv";

  /** How far before a trigger its {@code before} context is looked for. */
  private static final int BEFORE_REACH = 160;

  /** How far after a trigger its {@code around} context is looked for. */
  private static final int AFTER_REACH = 120;

  private final List<Entry> entries;

  private StanceLexicon(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** One lexicon line. */
  private record Entry(
      ClaimKind kind,
      StanceTrigger.Scope scope,
      Anchors anchors,
      BoundedPattern pattern,
      @Nullable Pattern before,
      @Nullable Pattern around) {

    /** Whether the context columns, when given, hold around a match at [start, end). */
    boolean fits(String text, int from, int to, int start, int end) {
      if (before != null
          && !before.matcher(text).region(Math.max(from, start - BEFORE_REACH), start).find()) {
        return false;
      }
      return around == null
          || around
              .matcher(text)
              .region(Math.max(from, start - BEFORE_REACH), Math.min(to, end + AFTER_REACH))
              .find();
    }
  }

  /** The lexicon bundled with Parley. */
  public static StanceLexicon bundled() {
    try (InputStream in = StanceLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses lexicon text; {@code source} names it in error messages. */
  static StanceLexicon parse(String text, String source) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = source + ":" + (n + 1);
      if (f.length < 4 || f.length > 6) {
        throw new IllegalArgumentException(
            where + ": expected kind, scope, anchors, pattern[, before[, around]]");
      }
      try {
        ClaimKind kind = ClaimKind.fromCode(f[0].strip());
        StanceTrigger.Scope scope =
            StanceTrigger.Scope.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
        entries.add(
            new Entry(
                kind,
                scope,
                Anchors.of(anchors(f[2], where)),
                BoundedPattern.compile(f[3], Pattern.CASE_INSENSITIVE),
                optional(f, 4),
                optional(f, 5)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return new StanceLexicon(entries);
  }

  private static List<String> anchors(String field, String where) {
    List<String> out = new ArrayList<>();
    for (String a : field.split(",")) {
      if (!a.isBlank()) {
        out.add(a.strip().toLowerCase(Locale.ROOT));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(where + ": no anchors");
    }
    return out;
  }

  private static @Nullable Pattern optional(String[] fields, int i) {
    return fields.length > i && !fields[i].isBlank()
        ? Pattern.compile(fields[i], Pattern.CASE_INSENSITIVE)
        : null;
  }

  /** Non-overlapping triggers in {@code text[from, to)}, in text order. */
  public List<StanceTrigger> find(String text, int from, int to) {
    List<StanceTrigger> all = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    LowerText lower = new LowerText(text, from, to);
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (!lower.containsAny(e.anchors())) {
        continue;
      }
      for (BoundedPattern.Hit m : e.pattern().all(text, from, to)) {
        if (m.end() > m.start() && e.fits(text, from, to, m.start(), m.end())) {
          all.add(new StanceTrigger(m.start(), m.end(), e.kind(), e.scope()));
          order.add(i);
        }
      }
    }
    return nonOverlapping(all, order);
  }

  /**
   * The triggers that overlap no earlier one: by start, the longer first, then in lexicon order
   * ({@code order} holds each trigger's entry index).
   */
  private static List<StanceTrigger> nonOverlapping(List<StanceTrigger> all, List<Integer> order) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      idx.add(i);
    }
    idx.sort(
        Comparator.<Integer>comparingInt(i -> all.get(i).start())
            .thenComparingInt(i -> -all.get(i).end())
            .thenComparingInt(order::get));
    List<StanceTrigger> kept = new ArrayList<>();
    int end = -1;
    for (int i : idx) {
      StanceTrigger t = all.get(i);
      if (t.start() >= end) {
        kept.add(t);
        end = t.end();
      }
    }
    return kept;
  }
}
