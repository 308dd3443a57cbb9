/**
 * {@code ./bench shapes}: extraction time and peak heap on inputs of growing size in each shape
 * that once made cost grow faster than the input (prose, one endless line, no punctuation, one long
 * sentence, a flood of quotation marks, deeply nested brackets), with the slope of time against
 * size. Never run as a test.
 */
@NullMarked
package org.parley.bench.shapes;

import org.jspecify.annotations.NullMarked;
