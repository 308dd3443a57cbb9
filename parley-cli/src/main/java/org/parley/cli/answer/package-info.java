/**
 * What the answer commands ({@code positions}, {@code shifts}, {@code disputes}, {@code gap},
 * {@code report}, {@code brief}) share: the knowledge base that reads party names and names
 * regions, JSON output, date options, and printing an answer with its header and numbered sources.
 */
@NullMarked
package org.parley.cli.answer;

import org.jspecify.annotations.NullMarked;
