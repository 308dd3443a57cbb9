package org.parley.extract.learn;

import java.util.List;
import java.util.Map;
import org.parley.extract.context.DocContext;
import org.parley.model.Claim;

/**
 * A stage whose decisions classifiers make: it turns a document with its gold claims into training
 * examples for each of its models, built by the same candidate and feature code it extracts with.
 */
public interface Learned {
  /** The training examples of one document whose correct claims are {@code gold}, by model name. */
  Map<String, List<Example>> examples(DocContext ctx, List<Claim> gold);
}
