package org.parley.analysis.territory.check;

/** Whether a measured figure satisfies a claim, and the rule that decided it. */
public record Judgement(boolean consistent, String rule) {}
