/**
 * Test support shared by every module: where the shared test material lives ({@link
 * org.parley.testkit.SharedData}, skipping a test with a message when it does not), claim and
 * document fixtures, and golden-file assertions that write the actual output beside the expected
 * one on a mismatch.
 */
@NullMarked
package org.parley.testkit;

import org.jspecify.annotations.NullMarked;
