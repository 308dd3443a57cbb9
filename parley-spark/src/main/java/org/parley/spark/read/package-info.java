/**
 * The read stage: each task reads listed files with Parley's readers and computes what admission
 * needs of each document (fingerprint, LSH band keys, language verdict), as serializable rows that
 * carry documents as {@code parley.document/1} JSON.
 */
@NullMarked
package org.parley.spark.read;

import org.jspecify.annotations.NullMarked;
