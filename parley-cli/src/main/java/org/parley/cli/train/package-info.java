/**
 * {@code parley train}: rebuilds the extractor's models from hand-annotated gold claims and the
 * texts of their documents; and the loading of such gold sets, shared with cross-validation.
 */
@NullMarked
package org.parley.cli.train;

import org.jspecify.annotations.NullMarked;
