/**
 * Full-text search over documents and claim evidence with Lucene. The index is a view derived from
 * the ledger: it holds every document version and every claim ever recorded, is kept in step after
 * each committed append (and catches up on open, from a watermark stored in its last commit), can
 * be rebuilt from the ledger at any time, and answers as of a snapshot by letting the snapshot
 * decide which hits were visible then. Lucene types do not leave this package.
 */
@NullMarked
package org.parley.ledger.search;

import org.jspecify.annotations.NullMarked;
