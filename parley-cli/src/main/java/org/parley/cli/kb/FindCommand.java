package org.parley.cli.kb;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.kb.Alias;
import org.parley.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley kb find MENTION}: every entry a name may denote, and how. */
@Command(
    name = "find",
    header = "Finds the knowledge-base entries a name may denote.",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every entry that MENTION may denote, one reading a line: how it reads (name,",
      "alias, adjective, metonym), the entry's kind, id and name, and the regions it stands for.",
      "Matching ignores case, diacritics, apostrophe style, a leading 'the', a possessive 's",
      "and hyphens versus spaces."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {"  parley kb find Zaporozhye", "  parley kb find Kyiv"})
public final class FindCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "MENTION", description = "a name as news text writes it (Zaporozhye)")
  String mention = "";

  @Mixin KbOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KnowledgeBase kb = options.load("find", err);
    List<Alias> readings = kb.readings(mention);
    if (readings.isEmpty()) {
      return KbOptions.unknown(kb, "find", mention, err);
    }
    if (options.json) {
      out.println(KbJson.find(kb, mention, readings));
    } else {
      EntryText.find(kb, readings, out);
    }
    return 0;
  }
}
