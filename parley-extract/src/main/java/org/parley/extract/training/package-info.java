/**
 * Training the extractor's models from hand-annotated documents, and the document-level folds that
 * cross-validation trains and tests on. Given the same documents, training gives byte-identical
 * models whatever the order the documents were analysed in.
 */
@NullMarked
package org.parley.extract.training;

import org.jspecify.annotations.NullMarked;
