/**
 * Quotations: straight and curly quotation marks paired apostrophe-safely, quotations split by "he
 * said" merged into one, quotations running over several paragraphs, partial quotations inside a
 * sentence, and each quotation's speaker — found in the same sentence, an introducing sentence, an
 * appositive or through coreference, or explicitly unknown with a reason.
 */
@NullMarked
package org.parley.language.quote;

import org.jspecify.annotations.NullMarked;
