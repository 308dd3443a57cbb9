/**
 * The vocabulary of limits shared by the modules that enforce them: a size in bytes as users write
 * it ({@code 16m}, {@code 1g}), and a per-document time budget that long-running stages check
 * cooperatively ({@link org.parley.model.limit.Deadline}).
 */
@NullMarked
package org.parley.model.limit;

import org.jspecify.annotations.NullMarked;
