/**
 * Fetching URLs within limits: {@link org.parley.ingest.fetch.HttpFetcher} gets one {@code http} or
 * {@code https} URL with a connect timeout, a timeout for the response headers, a deadline for the
 * whole response including its body, a cap on the body's size and a limit on redirects, each
 * redirect checked again for its scheme. Every outcome is a {@link
 * org.parley.ingest.fetch.FetchOutcome}; nothing here throws on a bad server or URL.
 */
@NullMarked
package org.parley.ingest.fetch;

import org.jspecify.annotations.NullMarked;
