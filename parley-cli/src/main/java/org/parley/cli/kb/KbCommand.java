package org.parley.cli.kb;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code parley kb}: the knowledge base of actors, people, regions, aggregates and places. */
@Command(
    name = "kb",
    header = "The knowledge base: states, organisations, people, regions, aggregates, towns.",
    mixinStandardHelpOptions = true,
    description = {
      "Looks things up in the knowledge base: states, organisations, self-proclaimed entities,",
      "people, ISO 3166-2 regions (with areas and populations), aggregates such as the Donbas",
      "and the towns and sites of the war zone, each with the names news text uses for it.",
      "Add or override entries with --kb FILE (format: parley-kb/README.md)."
    },
    subcommands = {ShowCommand.class, FindCommand.class, ListCommand.class},
    footerHeading = "%nEXAMPLES%n",
    footer = {"  parley kb show Donbas", "  parley kb find Zaporozhye", "  parley kb list regions"})
public final class KbCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
