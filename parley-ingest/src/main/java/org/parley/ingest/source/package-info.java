/**
 * Where documents come from and how each format is read: the {@link
 * org.parley.ingest.source.DocumentReader} contract, one small reader per format (the seed format,
 * plain text, saved HTML pages, JSONL and CSV corpora, RSS/Atom feeds, WARC archives), format
 * detection by name and content, gzip, and the walk that turns files, folders and URLs into inputs
 * in a fixed order. Readers are lazy: they hold one record at a time, and report bad input as
 * {@link org.parley.ingest.source.SourceItem.Failed} items rather than throwing.
 */
@NullMarked
package org.parley.ingest.source;

import org.jspecify.annotations.NullMarked;
