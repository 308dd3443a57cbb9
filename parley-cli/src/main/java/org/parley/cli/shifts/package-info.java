/** {@code parley shifts PARTY}: how a party's positions changed over time, issue by issue. */
@NullMarked
package org.parley.cli.shifts;

import org.jspecify.annotations.NullMarked;
