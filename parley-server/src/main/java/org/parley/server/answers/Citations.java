package org.parley.server.answers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bounds the lists of cited claims in an answer: a stance's {@code claims}, a shift's {@code
 * before} and {@code after}, a dispute's {@code claims}, and an issue's {@code superseded} stances.
 * A list longer than the bound keeps its first entries (newest first, as the analyses order them)
 * and gains a sibling {@code <name>_total} with its full length, so an answer never hides that
 * there is more. On a ledger of 100,000 claims a party's positions cite thousands of claims (4 MB
 * of JSON); ten per stance say the same. Stateless.
 */
final class Citations {
  /** The default bound, and the largest. */
  static final int DEFAULT = 10;

  static final int MAX = 100_000;

  private static final Set<String> LISTS = Set.of("claims", "before", "after", "superseded");

  private Citations() {}

  /** {@code tree} with every list of cited claims cut to {@code max} entries. */
  static ObjectNode bound(ObjectNode tree, int max) {
    walk(tree, max);
    return tree;
  }

  /**
   * {@code tree} with its top-level list {@code name} cut to its first {@code max} entries and,
   * when cut, a sibling {@code <name>_total}.
   */
  static ObjectNode first(ObjectNode tree, String name, int max) {
    if (tree.get(name) instanceof ArrayNode a && a.size() > max) {
      int total = a.size();
      while (a.size() > max) {
        a.remove(a.size() - 1);
      }
      tree.put(name + "_total", total);
    }
    return tree;
  }

  private static void walk(JsonNode node, int max) {
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode child = o.get(name);
        if (LISTS.contains(name) && child instanceof ArrayNode a && a.size() > max && cited(a)) {
          int total = a.size();
          while (a.size() > max) {
            a.remove(a.size() - 1);
          }
          o.put(name + "_total", total);
        }
        walk(o.get(name), max);
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(child -> walk(child, max));
    }
  }

  /** A list of cited claims, or of superseded stances (each citing claims), newest first. */
  private static boolean cited(ArrayNode a) {
    JsonNode first = a.get(0);
    return first.isObject() && (first.has("entry") || first.has("claims"));
  }
}
