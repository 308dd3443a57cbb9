/**
 * Meetings: talks, calls, summits and visits between parties. Rules over the language layer's words
 * and mentions find each passage that may report one ({@link
 * org.parley.extract.meeting.CandidateFinder}: the meeting word, who took part, where and when); a
 * classifier trained on the gold decides whether the passage reports a meeting that took place and
 * concerns the war ({@link org.parley.extract.meeting.LearnedMeetingFinder}), and its probability
 * is the claim's confidence. Without a model a small hand-written rule decides.
 */
@NullMarked
package org.parley.extract.meeting;

import org.jspecify.annotations.NullMarked;
