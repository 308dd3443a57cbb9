/**
 * Parley's knowledge base for a theatre of war: the states, organisations, self-proclaimed entities
 * and people who take part in negotiations, the ISO 3166-2 regions they fight over, named
 * aggregates of regions (the Donbas) and the towns and sites of the war zone, each with the surface
 * forms news text uses for it. The facts live in tab-separated data files on the class path (and in
 * user files given with {@code --kb}); {@link org.parley.kb.KnowledgeBase} loads and validates them
 * into an immutable, thread-safe index that answers id lookups, alias lookups and region expansion.
 */
@NullMarked
package org.parley.kb;

import org.jspecify.annotations.NullMarked;
