/**
 * Duplicate detection over a stream of documents: exact copies by a hash of the body text, and near
 * copies by MinHash signatures over word shingles with locality-sensitive hashing (bands), so that
 * each document is compared with a handful of candidates rather than all before it. Only hashes and
 * signatures are kept, never texts: memory grows with the number of distinct documents (about 1.2
 * KB each), not with their length or with repeated copies.
 */
@NullMarked
package org.parley.ingest.dedup;

import org.jspecify.annotations.NullMarked;
