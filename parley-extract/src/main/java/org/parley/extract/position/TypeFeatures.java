package org.parley.extract.position;

import java.util.ArrayList;
import java.util.List;
import org.parley.extract.context.SentenceWords;
import org.parley.model.ClaimKind;

/**
 * The features by which the provision model names the type of a position the lexicon found no words
 * for: the sentence's words and word pairs, the kind of position, and the provision types the
 * lexicon found elsewhere in the sentence. Stateless.
 */
final class TypeFeatures {
  List<String> of(SentenceView s, ClaimKind kind, List<ProvisionCandidate> named) {
    List<String> f = new ArrayList<>();
    String k = "k:" + kind.code();
    f.add(k);
    SentenceWords w = s.words();
    for (int i = 0; i < w.size(); i++) {
      f.add("w:" + w.stem(i));
      f.add("b:" + w.stem(i - 1) + "_" + w.stem(i));
      f.add(k + "|w:" + w.stem(i));
    }
    for (ProvisionCandidate p : named) {
      if (!p.generic()) {
        f.add("lex:" + p.type().code());
      }
    }
    f.add("outlet:" + s.outlet());
    return f;
  }
}
