package org.parley.extract.context;

import org.parley.language.coref.Referent;

/** A resolved pronoun ("he", "she") at normalised offsets [start, end), with who it stands for. */
public record PlacedReferent(int start, int end, Referent referent) {}
