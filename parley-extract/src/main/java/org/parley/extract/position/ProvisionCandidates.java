package org.parley.extract.position;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.extract.context.DocContext;
import org.parley.extract.lexicon.ProvisionLexicon;
import org.parley.extract.lexicon.ProvisionMatch;
import org.parley.model.Polarity;
import org.parley.model.ProvisionType;

/**
 * The provisions one sentence may state a position on: the provision lexicon's matches there (the
 * first of each type and polarity; every distinct description of {@code other}), and one generic
 * candidate for a provision the lexicon has no words for, whose type a model names. Stateless.
 */
public final class ProvisionCandidates {
  private final ProvisionLexicon lexicon;

  public ProvisionCandidates(ProvisionLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The candidates of sentence {@code i}, in text order, the generic one last. */
  public List<ProvisionCandidate> of(DocContext ctx, int i) {
    int from = ctx.sentenceStart(i);
    int to = ctx.sentenceEnd(i);
    List<ProvisionCandidate> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ProvisionMatch m : lexicon.find(ctx.text(), from, to)) {
      String key =
          m.type() + "/" + m.polarity() + (m.type() == ProvisionType.OTHER ? m.detail() : "");
      if (seen.add(key)) {
        out.add(
            new ProvisionCandidate(
                m.type(), m.polarity(), m.detail(), m.start(), m.end(), m.negated(), false));
      }
    }
    out.add(new ProvisionCandidate(ProvisionType.OTHER, Polarity.FOR, "", from, to, false, true));
    return out;
  }
}
