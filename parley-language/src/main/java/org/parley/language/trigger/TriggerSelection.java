package org.parley.language.trigger;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Which sentences the pre-pass selected, and for which kinds of cue. Immutable. */
public final class TriggerSelection {
  private final BitSet selected;
  private final Map<TriggerKind, BitSet> byKind;
  private final int sentences;

  TriggerSelection(BitSet selected, Map<TriggerKind, BitSet> byKind, int sentences) {
    this.selected = (BitSet) selected.clone();
    this.byKind = new EnumMap<>(TriggerKind.class);
    byKind.forEach((k, v) -> this.byKind.put(k, (BitSet) v.clone()));
    this.sentences = sentences;
  }

  /** Whether sentence {@code index} was selected. */
  public boolean isSelected(int index) {
    return selected.get(index);
  }

  /** The kinds of cue found in sentence {@code index}. */
  public Set<TriggerKind> kinds(int index) {
    Set<TriggerKind> out = EnumSet.noneOf(TriggerKind.class);
    byKind.forEach(
        (k, v) -> {
          if (v.get(index)) {
            out.add(k);
          }
        });
    return out;
  }

  /** How many sentences were selected. */
  public int selectedCount() {
    return selected.cardinality();
  }

  /** How many sentences the document has. */
  public int sentenceCount() {
    return sentences;
  }
}
