/** {@code parley watch}: polls feeds and pages, ingests new articles, prints alerts. */
@NullMarked
package org.parley.cli.watch;

import org.jspecify.annotations.NullMarked;
