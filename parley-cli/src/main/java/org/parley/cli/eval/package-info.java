/**
 * The {@code parley eval} command: scores predicted claim files against gold ones by the contract's
 * rules.
 */
@NullMarked
package org.parley.cli.eval;

import org.jspecify.annotations.NullMarked;
