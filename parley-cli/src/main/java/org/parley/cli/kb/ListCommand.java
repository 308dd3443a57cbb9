package org.parley.cli.kb;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.parley.kb.KbEntry;
import org.parley.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parley kb list}: the entries of the knowledge base, optionally of one kind. */
@Command(
    name = "list",
    header = "Lists the knowledge base's entries of one kind.",
    mixinStandardHelpOptions = true,
    description =
        "Lists the entries of the knowledge base (kind, id, name), optionally of one kind.",
    footerHeading = "%nEXAMPLES%n",
    footer = {"  parley kb list regions", "  parley kb list people --json"})
public final class ListCommand implements Callable<Integer> {
  private static final List<String> KINDS =
      List.of("state", "org", "entity", "person", "region", "aggregate", "place");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "only this kind: state, org, entity, person, region, aggregate or place")
  @Nullable String kind;

  @Mixin KbOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String only = kind == null ? null : kind.toLowerCase(Locale.ROOT);
    if (only != null && !KINDS.contains(only)) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown --kind '" + kind + "' (expected one of " + String.join(", ", KINDS) + ")");
    }
    KnowledgeBase kb = options.load("list", spec.commandLine().getErr());
    List<KbEntry> entries =
        kb.entries().stream().filter(e -> only == null || e.kindName().equals(only)).toList();
    if (options.json) {
      out.println(KbJson.list(entries));
    } else {
      EntryText.list(entries, out);
    }
    return 0;
  }
}
