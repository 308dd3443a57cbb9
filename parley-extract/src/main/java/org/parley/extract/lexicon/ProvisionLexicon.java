package org.parley.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.model.ClaimKind;
import org.parley.model.Polarity;
import org.parley.model.ProvisionType;

/**
 * Finds the provisions a stretch of text names, from the data file {@code provisions.tsv}: each
 * line a provision type, its stated polarity, a pattern and a detail. Matches do not overlap: the
 * earliest wins, and of two at the same place the one listed first. A grammatical negator just
 * before a match ("no NATO admittance", "not join", "without security guarantees") flips its
 * polarity. Immutable and thread-safe.
 */
public final class ProvisionLexicon {
  private static final String RESOURCE = "provisions.tsv";
  private static final Pattern NEGATOR =
      Pattern.compile(
          "(?:\\b(?:no|not|never|without|nor|neither)\\b|n't)(?:\\s+(?:\\w+[- ]){0,3}\\w*)?\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final Set<ClaimKind> ANY =
      EnumSet.of(ClaimKind.DEMAND, ClaimKind.OFFER, ClaimKind.REJECTION);

  private final List<Entry> entries;

  private ProvisionLexicon(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** One lexicon line. */
  private record Entry(
      ProvisionType type,
      Polarity polarity,
      BoundedPattern pattern,
      String detail,
      Set<ClaimKind> stances,
      Anchors anchors) {}

  /** The lexicon bundled with Parley. */
  public static ProvisionLexicon bundled() {
    try (InputStream in = ProvisionLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses lexicon text; {@code source} names it in error messages. */
  static ProvisionLexicon parse(String text, String source) {
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(entry(line, source + ":" + n));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ProvisionLexicon(entries);
  }

  private static Entry entry(String line, String where) {
    String[] f = line.split("\t", -1);
    if (f.length < 3) {
      throw new IllegalArgumentException(where + ": expected type, polarity, pattern[, detail]");
    }
    try {
      return new Entry(
          ProvisionType.fromCode(f[0].strip()),
          Polarity.fromCode(f[1].strip()),
          BoundedPattern.compile(f[2], Pattern.CASE_INSENSITIVE),
          f.length > 3 ? f[3].strip() : "",
          f.length > 4 && !f[4].isBlank() ? stances(f[4]) : ANY,
          Anchors.of(f.length > 5 ? anchors(f[5]) : List.of()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static List<String> anchors(String list) {
    List<String> out = new ArrayList<>();
    for (String a : list.split(",")) {
      if (!a.isBlank()) {
        out.add(a.strip().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  private static Set<ClaimKind> stances(String list) {
    Set<ClaimKind> out = EnumSet.noneOf(ClaimKind.class);
    for (String s : list.split(",")) {
      ClaimKind k = ClaimKind.fromCode(s.strip());
      if (!k.isPosition()) {
        throw new IllegalArgumentException("not a stance: " + s.strip());
      }
      out.add(k);
    }
    return out;
  }

  /** Non-overlapping provision matches in {@code text[from, to)}, in text order, for any stance. */
  public List<ProvisionMatch> find(String text, int from, int to) {
    return find(text, from, to, null);
  }

  /**
   * Whether any entry may match in {@code text[from, to)}: some entry has no anchors or one of an
   * entry's anchors occurs there. A stance whose sentence fails this names no provision.
   */
  public boolean mayMatch(String text, int from, int to) {
    LowerText lower = new LowerText(text, from, to);
    for (Entry e : entries) {
      if (e.anchors().isEmpty() || lower.containsAny(e.anchors())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Non-overlapping provision matches in {@code text[from, to)} that a {@code stance} (demand,
   * offer or rejection; any when null) can be about, in text order.
   */
  public List<ProvisionMatch> find(String text, int from, int to, @Nullable ClaimKind stance) {
    List<ProvisionMatch> all = new ArrayList<>();
    // Anchors are words every match of an entry contains: a cheap test that skips the regex.
    LowerText lower = new LowerText(text, from, to);
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if ((stance == null || e.stances().contains(stance))
          && (e.anchors().isEmpty() || lower.containsAny(e.anchors()))) {
        addMatches(text, from, to, e, all);
      }
    }
    return nonOverlapping(all);
  }

  /**
   * Every match of entry {@code e} in {@code text[from, to)}. Each match is searched for again one
   * character on, so that an alternative starting inside it ("never join any bloc" in "constitution
   * so that it could never join any bloc") is still there when another entry's earlier match takes
   * the first one's place.
   */
  private static void addMatches(String text, int from, int to, Entry e, List<ProvisionMatch> all) {
    BoundedPattern.Hit h;
    for (int pos = from; pos < to && (h = e.pattern().first(text, pos, to)) != null; ) {
      if (h.end() > h.start()) {
        all.add(match(text, from, h.start(), h.end(), e));
      }
      pos = h.start() + 1;
    }
  }

  /**
   * The matches that overlap no earlier one, in text order; a stable sort keeps lexicon order among
   * matches that start at the same place.
   */
  private static List<ProvisionMatch> nonOverlapping(List<ProvisionMatch> all) {
    List<ProvisionMatch> ordered = new ArrayList<>(all);
    ordered.sort(Comparator.comparingInt(ProvisionMatch::start));
    List<ProvisionMatch> kept = new ArrayList<>();
    int end = -1;
    for (ProvisionMatch m : ordered) {
      if (m.start() >= end) {
        kept.add(m);
        end = m.end();
      }
    }
    return kept;
  }

  /**
   * The texts matched by entries whose anchors they do not contain: matches the anchor prefilter of
   * {@link #find} would wrongly skip. Empty for a sound lexicon; a check for lexicon edits.
   */
  List<String> unanchoredMatches(String text) {
    List<String> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.anchors().isEmpty()) {
        continue;
      }
      Matcher m = e.pattern().pattern().matcher(text);
      while (m.find()) {
        String found = m.group().toLowerCase(java.util.Locale.ROOT);
        if (e.anchors().words().stream().noneMatch(found::contains)) {
          out.add(e.type().code() + ": " + m.group());
        }
      }
    }
    return out;
  }

  private static ProvisionMatch match(String text, int from, int start, int end, Entry e) {
    String before = text.substring(Math.max(from, start - 30), start);
    int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
    boolean negated = NEGATOR.matcher(before.substring(cut + 1)).find();
    Polarity p = negated ? e.polarity().opposite() : e.polarity();
    return new ProvisionMatch(start, end, e.type(), p, e.detail(), negated);
  }
}
