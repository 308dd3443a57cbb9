package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Evidence;
import org.parley.model.Meeting;
import org.parley.model.Position;
import org.parley.model.Span;
import org.parley.model.Statement;

/**
 * Gives a claim stated more than once in a document one record, with the evidence spans of every
 * statement of it (the contract: "restating the same claim twice in one document gives one
 * record"). Claims are the same when they agree on kind, holder, content and valid time; the first
 * keeps its place. Stateless.
 */
public final class ClaimMerger {
  /** The claims with repeats merged, in first-seen order. */
  public List<Claim> merge(List<Claim> claims) {
    Map<List<Object>, Claim> byKey = new LinkedHashMap<>();
    for (Claim c : claims) {
      byKey.merge(key(c), c, ClaimMerger::combine);
    }
    return new ArrayList<>(byKey.values());
  }

  private static Claim combine(Claim first, Claim again) {
    List<Span> spans = new ArrayList<>(first.provenance().evidence().spans());
    again.provenance().evidence().spans().stream()
        .filter(s -> !spans.contains(s))
        .forEach(spans::add);
    Evidence e = first.provenance().evidence();
    String text = e.text();
    String more = again.provenance().evidence().text();
    if (more != null && text != null && !text.contains(more)) {
      text = text + " " + more;
    }
    return first.withProvenance(
        first.provenance().withEvidence(new Evidence(e.doc(), spans, text)));
  }

  private static List<Object> key(Claim c) {
    Object content =
        switch (c) {
          case Position p ->
              List.of(
                  p.provision().type(),
                  p.provision().polarity(),
                  p.provision().regions(),
                  Objects.toString(p.provision().detail(), ""));
          case Control k -> List.of(k.regions(), k.measure());
          case Statement s -> s.quote();
          case Meeting m -> m.participants();
        };
    return List.of(
        c.kind(),
        Objects.toString(c.holder(), ""),
        content,
        Objects.toString(c.provenance().validTime(), ""));
  }
}
