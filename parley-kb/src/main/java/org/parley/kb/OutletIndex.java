package org.parley.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes the outlets' forms by folded key and checks them: an outlet may not give a form twice,
 * two outlets may not share a form, and no outlet form may be a form of an entry as well (an outlet
 * is a channel, never a party or a place, so a shared name would leave a mention without a
 * reading).
 */
final class OutletIndex {
  private final Map<String, Outlet> byForm = new HashMap<>();

  OutletIndex(
      List<OutletDraft> drafts, Map<String, List<Alias>> entryForms, List<String> problems) {
    Map<String, OutletDraft> owner = new HashMap<>();
    for (OutletDraft d : drafts) {
      for (Draft.Form f : d.forms()) {
        String key = FormNormalizer.normalize(f.text());
        OutletDraft before = owner.putIfAbsent(key, d);
        List<Alias> entries = entryForms.getOrDefault(key, List.of());
        if (before != null) {
          problems.add(
              d.at()
                  .problem(
                      "outlet %s: form '%s' is already a form of outlet %s (%s)"
                          .formatted(
                              d.outlet().id(), f.text(), before.outlet().id(), before.at())));
        } else if (!entries.isEmpty()) {
          problems.add(
              d.at()
                  .problem(
                      "outlet %s: form '%s' is also a form of %s; outlets and entries share no forms"
                          .formatted(
                              d.outlet().id(),
                              f.text(),
                              AliasIndex.label(entries.get(0).entry()))));
        } else {
          byForm.put(key, d.outlet());
        }
      }
    }
  }

  /** The outlet of each folded form. */
  Map<String, Outlet> byForm() {
    return Map.copyOf(byForm);
  }
}
