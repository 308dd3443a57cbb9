package org.parley.kb;

import java.util.Objects;

/**
 * One surface form of an entry and how it denotes it; {@link KnowledgeBase#aliases()} lists them
 * all for building a gazetteer. Compare forms by {@link #normalizedForm()}.
 */
public record Alias(String form, KbEntry entry, Reading reading) {
  public Alias {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(reading, "reading");
    if (form.isBlank()) {
      throw new IllegalArgumentException("blank alias for " + entry.key());
    }
  }

  /** An alias read as another name of the entry. */
  public Alias(String form, KbEntry entry) {
    this(form, entry, Reading.ALIAS);
  }

  /** The form as the knowledge base indexes it (see {@link FormNormalizer#normalize(String)}). */
  public String normalizedForm() {
    return FormNormalizer.normalize(form);
  }
}
