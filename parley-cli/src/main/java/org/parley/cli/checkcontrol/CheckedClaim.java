package org.parley.cli.checkcontrol;

import org.parley.analysis.territory.check.ControlCheck;

/** A check and where its claim was read from ({@code claims.jsonl:12}). */
record CheckedClaim(String where, ControlCheck check) {}
