/**
 * Ingest: reads the article sources analysts hold (the seed format, plain text, saved pages, JSONL
 * and CSV corpora, feeds, web archives, gzip, folders) into {@link org.parley.model.Document}s.
 * {@link org.parley.ingest.Ingest#open} returns a lazy, closeable stream of {@link
 * org.parley.ingest.IngestEvent}s in a fixed order — a document read, a duplicate linked to its
 * canonical, or an input skipped with its reason — and keeps a running {@link
 * org.parley.ingest.IngestSummary}. Memory stays flat whatever the corpus size: one record is held
 * at a time, and deduplication keeps hashes and signatures, never texts.
 */
@NullMarked
package org.parley.ingest;

import org.jspecify.annotations.NullMarked;
