/** {@code parley review}: a reviewer's accept, reject or correct decision on one claim. */
@NullMarked
package org.parley.cli.review;

import org.jspecify.annotations.NullMarked;
