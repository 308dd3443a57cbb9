package org.parley.extract.position;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.model.Claim;
import org.parley.model.Evidence;
import org.parley.model.Position;
import org.parley.model.ProvisionType;
import org.parley.model.Span;

/**
 * One record per position a document states more than once: positions of one holder, kind,
 * provision type and polarity at the same valid time are one, whatever their regions or wording,
 * and keep the evidence of every statement and the highest confidence. A position on something else
 * ({@code other}) is one only with the same heading (see {@link
 * org.parley.model.Provision#heading()}) and the same regions. Stateless.
 */
final class PositionMerger {
  List<Claim> merge(List<Position> found) {
    Map<List<Object>, Position> out = new LinkedHashMap<>();
    for (Position p : found) {
      out.merge(key(p), p, PositionMerger::combine);
    }
    return new ArrayList<>(out.values());
  }

  private static List<Object> key(Position p) {
    ProvisionType type = p.provision().type();
    return List.of(
        p.kind(),
        p.holder(),
        type,
        p.provision().polarity(),
        type == ProvisionType.OTHER ? p.provision().heading() : "",
        type == ProvisionType.OTHER ? p.provision().regions() : List.of(),
        Objects.toString(p.provenance().validTime(), ""));
  }

  private static Position combine(Position first, Position again) {
    Position keep = confidence(again) > confidence(first) ? again : first;
    Position other = keep == first ? again : first;
    List<Span> spans = new ArrayList<>(keep.provenance().evidence().spans());
    for (Span s : other.provenance().evidence().spans()) {
      if (!spans.contains(s)) {
        spans.add(s);
      }
    }
    spans.sort(null);
    Evidence e = keep.provenance().evidence();
    String text = e.text();
    String more = other.provenance().evidence().text();
    if (text != null && more != null && !text.contains(more)) {
      text = first == keep ? text + " … " + more : more + " … " + text;
    }
    return (Position)
        keep.withProvenance(keep.provenance().withEvidence(new Evidence(e.doc(), spans, text)));
  }

  private static double confidence(Position p) {
    Double c = p.provenance().confidence();
    return c == null ? 0 : c;
  }
}
