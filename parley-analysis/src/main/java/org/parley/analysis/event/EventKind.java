package org.parley.analysis.event;

/** What an event is: a meeting, a position voiced, a control figure given, a quotation. */
public enum EventKind {
  MEETING,
  POSITION,
  CONTROL,
  STATEMENT
}
