/**
 * What every route shares: reading query parameters (a bad one is a 400 that names it), choosing
 * the snapshot {@code as_of} asks for, writing JSON with the instant that reproduces it, and RFC
 * 9457 problem details for every error, mapped from exceptions in one place.
 */
@NullMarked
package org.parley.server.http;

import org.jspecify.annotations.NullMarked;
