package org.parley.extract.meeting;

/**
 * A meeting word in a sentence: its index among the sentence's words, its normalised offsets
 * [start, end), the kind of contact it names, whether it is a verb, and its folded form.
 */
public record Trigger(int word, int start, int end, ContactKind kind, boolean verb, String key) {}
