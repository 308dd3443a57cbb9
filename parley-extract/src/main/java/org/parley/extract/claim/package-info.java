/**
 * The claim rules, one stage per kind: positions (demands, offers, rejections), control figures,
 * statements (quotations with speakers) and meetings; and the merger that gives a claim stated
 * twice one record with both evidence spans. Every stage is stateless and thread-safe.
 */
@NullMarked
package org.parley.extract.claim;

import org.jspecify.annotations.NullMarked;
