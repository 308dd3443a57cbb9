package org.parley.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.model.ActorId;
import org.parley.model.RegionId;

/**
 * Merges the drafts of several files (a later file's entry replaces an earlier one with the same
 * id, and says so in a note), then checks that every referenced id exists and indexes the forms.
 */
final class KbAssembler {
  private final Map<String, Draft> byKey = new LinkedHashMap<>();
  private final Map<String, OutletDraft> outlets = new LinkedHashMap<>();
  private final List<String> problems;
  private final List<String> notes = new ArrayList<>();

  KbAssembler(List<String> problems) {
    this.problems = problems;
  }

  /** Adds the drafts of the next file in load order. */
  void add(List<Draft> drafts) {
    for (Draft d : drafts) {
      Draft earlier = byKey.get(d.entry().key());
      if (earlier == null) {
        byKey.put(d.entry().key(), d);
      } else if (earlier.entry().getClass() != d.entry().getClass()) {
        problems.add(
            d.at()
                .problem(
                    "id %s is already a %s (%s); an override must keep the kind"
                        .formatted(d.entry().key(), earlier.entry().kindName(), earlier.at())));
      } else {
        notes.add(
            d.at()
                .problem(
                    "replaces %s defined at %s"
                        .formatted(AliasIndex.label(earlier.entry()), earlier.at())));
        byKey.put(d.entry().key(), d);
      }
    }
  }

  /** Adds the outlets of the next file; a later outlet with the same id replaces the earlier. */
  void addOutlets(List<OutletDraft> drafts) {
    for (OutletDraft d : drafts) {
      OutletDraft earlier = outlets.put(d.outlet().id(), d);
      if (earlier != null) {
        notes.add(
            d.at()
                .problem(
                    "replaces outlet %s defined at %s".formatted(d.outlet().id(), earlier.at())));
      }
    }
  }

  /** The merged outlets in load order (a replacement keeps the place of the first definition). */
  List<OutletDraft> outlets() {
    return List.copyOf(outlets.values());
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  /** The merged drafts in entry order, after reporting every reference to a missing entry. */
  List<Draft> checkedDrafts() {
    // sorted by a key computed once per draft: comparing through EntryOrder would run its type
    // switch thousands of times, which a cold JVM interprets slowly
    TreeMap<String, Draft> sorted = new TreeMap<>();
    for (Draft d : byKey.values()) {
      sorted.put(EntryOrder.rank(d.entry()) + " " + d.entry().key(), d);
    }
    List<Draft> drafts = new ArrayList<>(sorted.values());
    for (Draft d : drafts) {
      checkReferences(d);
    }
    return drafts;
  }

  private void checkReferences(Draft d) {
    switch (d.entry()) {
      case Actor a -> {
        for (RegionId r : a.territory()) {
          requireRegion(d, "territory", r);
        }
      }
      case Person p -> requireParty(d, p.party());
      case Region r -> {}
      case Aggregate g -> {
        for (RegionId r : g.regions()) {
          requireRegion(d, "member region", r);
        }
      }
      case Place p -> requireRegion(d, "region", p.region());
    }
  }

  private void requireRegion(Draft d, String role, RegionId id) {
    Draft target = byKey.get(id.value());
    if (target == null || !(target.entry() instanceof Region)) {
      problems.add(
          d.at()
              .problem(
                  "%s: unknown %s %s (no region with that id)"
                      .formatted(AliasIndex.label(d.entry()), role, id)));
    }
  }

  private void requireParty(Draft d, ActorId id) {
    Draft target = byKey.get(id.value());
    if (target == null || !(target.entry() instanceof Actor)) {
      problems.add(
          d.at()
              .problem(
                  "person %s: unknown party %s (no state, org or entity with that id)"
                      .formatted(d.entry().key(), id)));
    }
  }
}
