/**
 * Time expressions ("on Friday", "this week", "in February 2022", "by late summer that year", "less
 * than one week ago") found in the text and resolved against the document date to a {@link
 * org.parley.model.PartialDate} that keeps the precision the text supports. Resolution is a pure
 * function of the text and the date: same input, same output.
 */
@NullMarked
package org.parley.language.time;

import org.jspecify.annotations.NullMarked;
