/** {@code parley gap PARTY PARTY}: two parties' latest positions side by side, issue by issue. */
@NullMarked
package org.parley.cli.gap;

import org.jspecify.annotations.NullMarked;
