/**
 * Mentions of people, parties, unnamed sources, outlets and regions, resolved against the knowledge
 * base ({@link org.parley.kb.KnowledgeBase}) by longest match, with role phrases, appositives,
 * possessives and coordinated region lists read as one mention. The sealed family {@link
 * org.parley.language.mention.Mention} is what later stages and the claims layer switch over.
 */
@NullMarked
package org.parley.language.mention;

import org.jspecify.annotations.NullMarked;
