package org.parley.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes every surface form by its folded key and enforces the homonym rule: an entry may not give
 * the same folded form twice, and two entries may share a form only when both mark it as an
 * intended homonym ({@code ~Kyiv}).
 */
final class AliasIndex {
  private final Map<String, List<Located>> byForm = new LinkedHashMap<>();
  private final List<Alias> all = new ArrayList<>();

  private record Located(Alias alias, Draft.Form form, SourceLine at) {}

  AliasIndex(List<Draft> drafts, List<String> problems) {
    for (Draft d : drafts) {
      Map<String, String> own = new HashMap<>();
      for (Draft.Form f : d.forms()) {
        String key = FormNormalizer.normalize(f.text());
        String before = own.putIfAbsent(key, f.text());
        if (before != null) {
          problems.add(
              d.at()
                  .problem(
                      "%s: duplicate alias '%s' (folds to the same form as '%s')"
                          .formatted(label(d.entry()), f.text(), before)));
          continue;
        }
        Alias alias = new Alias(f.text(), d.entry(), f.reading());
        all.add(alias);
        byForm.computeIfAbsent(key, k -> new ArrayList<>(2)).add(new Located(alias, f, d.at()));
      }
    }
    for (List<Located> group : byForm.values()) {
      checkHomonyms(group, problems);
    }
  }

  /** Every form, entries in entry order and each entry's forms in file order. */
  List<Alias> all() {
    return List.copyOf(all);
  }

  /** The readings of each folded form, in entry order. */
  Map<String, List<Alias>> readings() {
    Map<String, List<Alias>> out = new HashMap<>();
    for (Map.Entry<String, List<Located>> e : byForm.entrySet()) {
      List<Alias> readings = new ArrayList<>(e.getValue().size());
      for (Located l : e.getValue()) {
        readings.add(l.alias());
      }
      readings.sort(EntryOrder.READINGS);
      out.put(e.getKey(), List.copyOf(readings));
    }
    return Map.copyOf(out);
  }

  private static void checkHomonyms(List<Located> group, List<String> problems) {
    if (group.size() < 2) {
      return;
    }
    for (Located l : group) {
      if (l.form().shared()) {
        continue;
      }
      Located other = group.get(group.get(0) == l ? 1 : 0);
      problems.add(
          l.at()
              .problem(
                  ("%s: duplicate alias '%s' is also a form of %s (%s); if both readings are"
                          + " meant, mark the form ~%s in every entry that gives it")
                      .formatted(
                          label(l.alias().entry()),
                          l.alias().form(),
                          label(other.alias().entry()),
                          other.at(),
                          l.alias().form())));
    }
  }

  static String label(KbEntry e) {
    return e.kindName() + " " + e.key();
  }
}
