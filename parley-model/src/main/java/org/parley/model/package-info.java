/**
 * Parley's value types: documents and the character spans that point into them, actor and region
 * identifiers, partial dates that keep their precision, and the sealed family of claims ({@link
 * org.parley.model.Claim}) that the contract {@code parley.claim/1} serialises. Every type here is
 * an immutable record or enum validated at construction; the module depends on nothing but
 * JSpecify.
 */
@NullMarked
package org.parley.model;

import org.jspecify.annotations.NullMarked;
