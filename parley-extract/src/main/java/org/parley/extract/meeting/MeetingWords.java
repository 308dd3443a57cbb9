package org.parley.extract.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.language.text.Word;
import org.parley.model.ActorId;

/**
 * The meeting vocabulary: the words that report a contact ({@code meeting-words.tsv}), the formats
 * whose name stands for their members ({@code formats.tsv}), the gatherings that are never a
 * participant themselves ({@code gatherings.tsv}) and the words that show a passage bears on the
 * war ({@code concern-words.tsv}). Immutable and thread-safe.
 */
public final class MeetingWords {
  private final Map<String, Entry> words;
  private final List<Format> formats;
  private final Set<ActorId> gatherings;
  private final List<Concern> concern;

  /** A meeting word: the kind of contact it names and whether it is a verb. */
  record Entry(ContactKind kind, boolean verb) {}

  /** A format: its name as folded words, and its members. */
  record Format(List<String> name, List<ActorId> members) {}

  /** A concern word and the pattern that finds it at the start of a word. */
  private record Concern(String word, Pattern pattern) {
    /** Whether {@code lowerText} uses the word; the regex runs only from its first occurrence. */
    boolean isIn(String lowerText) {
      int first = lowerText.indexOf(word);
      return first >= 0 && pattern.matcher(lowerText).find(first);
    }
  }

  private MeetingWords(
      Map<String, Entry> words,
      List<Format> formats,
      Set<ActorId> gatherings,
      List<String> concern) {
    this.words = Map.copyOf(words);
    this.formats = List.copyOf(formats);
    this.gatherings = Set.copyOf(gatherings);
    this.concern =
        concern.stream()
            .map(c -> new Concern(c, Pattern.compile("\\b" + Pattern.quote(c))))
            .toList();
  }

  /** The vocabulary bundled with Parley. */
  public static MeetingWords bundled() {
    Map<String, Entry> words = new HashMap<>();
    for (String[] f : rows("meeting-words.tsv", 3)) {
      words.put(f[0], new Entry(ContactKind.fromCode(f[1]), f[2].equals("verb")));
    }
    List<Format> formats = new ArrayList<>();
    for (String[] f : rows("formats.tsv", 2)) {
      List<ActorId> members = new ArrayList<>();
      for (String id : f[1].split("\\|")) {
        members.add(ActorId.of(id.strip()));
      }
      formats.add(new Format(List.of(f[0].strip().split(" ")), members));
    }
    Set<ActorId> gatherings = new HashSet<>();
    for (String[] f : rows("gatherings.tsv", 1)) {
      gatherings.add(ActorId.of(f[0].strip()));
    }
    List<String> concern = new ArrayList<>();
    for (String[] f : rows("concern-words.tsv", 1)) {
      concern.add(f[0].strip());
    }
    return new MeetingWords(words, formats, gatherings, concern);
  }

  /**
   * How many different concern words ({@code concern-words.tsv}) the lower-cased {@code text} uses:
   * how plainly it bears on the war.
   */
  int concern(String lowerText) {
    int n = 0;
    for (Concern c : concern) {
      if (c.isIn(lowerText)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether {@code id} is a gathering whose meetings are given by their attendees, never by the
   * body ({@code gatherings.tsv}).
   */
  boolean isGathering(ActorId id) {
    return gatherings.contains(id);
  }

  /** The meeting word {@code key} (a folded word), if it is one. */
  Optional<Entry> word(String key) {
    return Optional.ofNullable(words.get(key));
  }

  /** The format whose name starts at word {@code i} of {@code ws}, if one does. */
  Optional<Format> formatAt(List<Word> ws, int i) {
    for (Format f : formats) {
      int n = f.name().size();
      if (i + n > ws.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        all = ws.get(i + k).key().equals(f.name().get(k));
      }
      if (all) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static List<String[]> rows(String resource, int columns) {
    try (InputStream in = MeetingWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("meeting vocabulary missing: " + resource);
      }
      List<String[]> out = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int n = 0; n < lines.length; n++) {
        if (lines[n].isBlank() || lines[n].startsWith("#")) {
          continue;
        }
        String[] f = lines[n].split("\t");
        if (f.length < columns) {
          throw new IllegalStateException(
              "%s:%d: expected %d tab-separated columns".formatted(resource, n + 1, columns));
        }
        out.add(f);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
