package org.parley.analysis.alert;

import java.util.Objects;

/**
 * One new thing a poll brought that a saved query selects: a {@code claim}, a {@code dispute} or a
 * {@code shift}, as one line for people ({@code text}) and one JSON object for machines ({@code
 * json}, with the query's name).
 */
public record Alert(String query, String kind, String text, String json) {
  public Alert {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(json, "json");
  }
}
