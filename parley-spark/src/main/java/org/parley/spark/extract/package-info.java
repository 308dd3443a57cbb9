/**
 * The extract stage: Parley's extractor, loaded once per executor JVM (models, knowledge base and
 * lexicons), over the documents admission read; results as serializable rows holding the contract's
 * JSON lines.
 */
@NullMarked
package org.parley.spark.extract;

import org.jspecify.annotations.NullMarked;
