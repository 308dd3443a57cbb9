/**
 * {@code parley brief}: the one command a new user runs — ingests article sources (by default the
 * sample corpus that ships with Parley) into the ledger through {@code parley ingest} and prints
 * the briefing of {@code parley report}.
 */
@NullMarked
package org.parley.cli.brief;

import org.jspecify.annotations.NullMarked;
