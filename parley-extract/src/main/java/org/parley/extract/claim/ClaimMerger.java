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
import org.parley.model.Provenance;
import org.parley.model.Span;
import org.parley.model.Statement;

/**
 * Gives a claim stated more than once in a document one record, with the evidence spans of every
 * statement of it (the contract: "restating the same claim twice in one document gives one
 * record"). Claims are the same when they agree on kind, holder, content and valid time; the first
 * keeps its place. Stateless.
 */
public final class ClaimMerger {
  /**
   * The claims with repeats merged, in first-seen order. A repeat without a valid time joins the
   * dated statement of the same claim (the text gave the time once).
   */
  public List<Claim> merge(List<Claim> claims) {
    Map<List<Object>, Claim> exact = new LinkedHashMap<>();
    for (Claim c : claims) {
      exact.merge(key(c, true), c, ClaimMerger::combine);
    }
    Map<List<Object>, List<Object>> firstDated = new LinkedHashMap<>();
    exact.forEach(
        (k, c) -> {
          if (c.provenance().validTime() != null) {
            firstDated.putIfAbsent(key(c, false), k);
          }
        });
    Map<List<Object>, Claim> out = new LinkedHashMap<>();
    exact.forEach(
        (k, c) -> {
          List<Object> target =
              c.provenance().validTime() == null ? firstDated.getOrDefault(key(c, false), k) : k;
          out.merge(target, c, ClaimMerger::combine);
        });
    return new ArrayList<>(out.values());
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
    Provenance merged = first.provenance().withEvidence(new Evidence(e.doc(), spans, text));
    if (merged.validTime() == null) {
      merged = merged.withValidTime(again.provenance().validTime());
    }
    return first.withProvenance(merged);
  }

  private static List<Object> key(Claim c, boolean withTime) {
    Object content =
        switch (c) {
          case Position p ->
              List.of(
                  p.provision().type(),
                  p.provision().polarity(),
                  p.provision().regions(),
                  p.provision().heading());
          case Control k -> List.of(k.regions(), k.measure());
          case Statement s -> s.quote();
          case Meeting m -> m.participants();
        };
    return List.of(
        c.kind(),
        Objects.toString(c.holder(), ""),
        content,
        withTime ? Objects.toString(c.provenance().validTime(), "") : "");
  }
}
