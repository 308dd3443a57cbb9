package org.parley.extract.meeting;

import org.parley.model.ActorId;

/**
 * A possible meeting participant named at normalised [start, end) of a sentence: its id (a person
 * or a party), the party it belongs to ({@code side}), and how it was read ({@code how}: "person",
 * "actor", "role", "office", "pronoun", "first-person", "demonym", "format").
 */
record Party(int start, int end, ActorId id, ActorId side, String how) {}
