/**
 * Language identification for ingest, with Apache OpenNLP's language-detection model loaded from
 * the class path ({@code opennlp-models-langdetect}): Parley's extractors read English, so a
 * document that is clearly in another language is reported and skipped. Texts too short to judge (a
 * title, a one-line note) are never skipped for being short.
 */
@NullMarked
package org.parley.ingest.language;

import org.jspecify.annotations.NullMarked;
