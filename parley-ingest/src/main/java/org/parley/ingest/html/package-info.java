/**
 * Saved web pages to article text with jsoup: the main text without navigation, advertising,
 * scripts or share widgets ({@link org.parley.ingest.html.MainText}), and the title, date, outlet
 * and URL a page declares in {@code <meta>}, Open Graph and JSON-LD {@code NewsArticle} markup
 * ({@link org.parley.ingest.html.PageMetadata}). Used by the HTML, feed and WARC readers alike.
 */
@NullMarked
package org.parley.ingest.html;

import org.jspecify.annotations.NullMarked;
