package org.parley.ingest.watch;

import java.util.List;
import java.util.Objects;
import org.parley.model.Document;

/**
 * One poll of one source: the source as it stands after it (validators, interval, items seen), the
 * new documents it gave, and the problems met (each names the URL), which never stop a watch.
 */
public record Poll(WatchedSource source, List<Document> documents, List<String> problems) {
  public Poll {
    Objects.requireNonNull(source, "source");
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
