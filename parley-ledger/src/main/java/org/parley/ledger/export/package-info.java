/**
 * File formats for a ledger snapshot's claims: JSONL in the {@code parley.claim/1} contract (which
 * {@code parley import} reads back), CSV with one row per claim for spreadsheets, and GeoJSON of
 * the control claims joined to region geometry for GIS tools. Each exporter streams the snapshot
 * and writes as it reads.
 */
@NullMarked
package org.parley.ledger.export;

import org.jspecify.annotations.NullMarked;
