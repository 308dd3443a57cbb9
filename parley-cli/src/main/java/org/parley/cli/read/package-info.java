/**
 * {@code parley read SOURCE...}: reads files, folders and URLs with the ingest module and lists the
 * documents found (id, date, outlet, title, length, duplicate-of) as a table or JSON lines, with
 * diagnostics on stderr, a progress bar on long runs and a closing summary; the exit code says
 * whether any input failed.
 */
@NullMarked
package org.parley.cli.read;

import org.jspecify.annotations.NullMarked;
