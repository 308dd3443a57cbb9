/**
 * The documents resource: the ledger's documents page by page, and one document with its text and
 * the spans of its claims.
 */
@NullMarked
package org.parley.server.documents;

import org.jspecify.annotations.NullMarked;
