package org.parley.cli.kb;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.kb.KbEntry;
import org.parley.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley kb show NAME}: an entry with its forms and the regions it stands for. */
@Command(
    name = "show",
    header = "Shows one knowledge-base entry with its aliases and regions.",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the entry with id or name NAME (every entry, when a name has several readings):",
      "its names and details, and the ISO regions it stands for with their areas (km²) and",
      "populations, and the total."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {"  parley kb show Donbas", "  parley kb show putin --json"})
public final class ShowCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "an id (UA-14, putin, donbas) or a name (Donbas)")
  String name = "";

  @Mixin KbOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KnowledgeBase kb = options.load("show", err);
    List<KbEntry> entries = KbOptions.resolve(kb, name);
    if (entries.isEmpty()) {
      return KbOptions.unknown(kb, "show", name, err);
    }
    if (options.json) {
      out.println(KbJson.show(kb, entries));
    } else {
      for (int i = 0; i < entries.size(); i++) {
        if (i > 0) {
          out.println();
        }
        EntryText.show(kb, entries.get(i), out);
      }
    }
    return 0;
  }
}
