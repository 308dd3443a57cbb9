package org.parley.cli.kb;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.kb.KbEntry;
import org.parley.kb.KnowledgeBase;
import picocli.CommandLine.Option;

/** The options every {@code parley kb} command shares: user files and JSON output. */
public final class KbOptions {
  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description = "a knowledge-base file that adds or overrides entries (repeatable; later wins)")
  List<Path> files = new ArrayList<>();

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  /** The bundled knowledge base plus the user's files; prints loading notes to {@code err}. */
  KnowledgeBase load(String command, PrintWriter err) {
    KnowledgeBase kb = KnowledgeBase.load(files);
    for (String note : kb.notes()) {
      err.println("parley kb " + command + ": note: " + note);
    }
    return kb;
  }

  /** The entries a name denotes: the entry with that id, else every entry an alias gives. */
  static List<KbEntry> resolve(KnowledgeBase kb, String name) {
    return kb.entry(name).map(List::of).orElseGet(() -> kb.find(name));
  }

  /** Reports a name the knowledge base does not know, with near matches; returns exit code 2. */
  static int unknown(KnowledgeBase kb, String command, String name, PrintWriter err) {
    List<String> near = kb.suggest(name, 5);
    String hint = near.isEmpty() ? "" : "; did you mean: " + String.join(", ", near) + "?";
    err.println("parley kb " + command + ": no entry named '" + name + "'" + hint);
    return org.parley.cli.ExitCodes.BAD_INPUT;
  }
}
