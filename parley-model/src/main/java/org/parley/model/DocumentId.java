package org.parley.model;

/** A document's identifier as its source gives it: a file stem, a JSONL {@code id}, a feed GUID. */
public record DocumentId(String value) implements Comparable<DocumentId> {
  public DocumentId {
    if (value.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("document id has control characters: " + value.strip());
    }
  }

  @Override
  public int compareTo(DocumentId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
