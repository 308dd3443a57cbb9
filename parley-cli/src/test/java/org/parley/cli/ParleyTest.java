package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ParleyTest {
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Parley.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    return cli.execute(args);
  }

  @Test
  void printsItsVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("parley ").contains("parley.claim/1");
  }

  @Test
  void everySubcommandHasHelp() {
    CommandLine cli = Parley.commandLine();
    for (String name : cli.getSubcommands().keySet()) {
      StringWriter help = new StringWriter();
      CommandLine sub = cli.getSubcommands().get(name);
      sub.usage(new PrintWriter(help));
      assertThat(help.toString()).as(name).contains("Usage: parley " + name);
      assertThat(sub.getCommandSpec().mixinStandardHelpOptions() || name.equals("help"))
          .as("%s has --help", name)
          .isTrue();
    }
  }

  @Test
  void everyCommandHasAOneLineSummaryAndEndsWithExamples() {
    CommandLine cli = Parley.commandLine();
    List<String> skipped = List.of("help", "generate-completion");
    for (String name : cli.getSubcommands().keySet()) {
      if (skipped.contains(name)) {
        continue;
      }
      CommandLine sub = cli.getSubcommands().get(name);
      String[] header = sub.getCommandSpec().usageMessage().header();
      assertThat(header).as("%s has a one-line header", name).hasSize(1);
      assertThat(header[0]).as(name).endsWith(".");
      StringWriter help = new StringWriter();
      sub.usage(new PrintWriter(help));
      String text = help.toString().strip();
      assertThat(text.substring(text.lastIndexOf("EXAMPLES")))
          .as(name)
          .contains("parley " + name.split(" ")[0]);
    }
    StringWriter top = new StringWriter();
    cli.usage(new PrintWriter(top));
    assertThat(top.toString())
        .contains(
            "Checks control claims (a claims file or the ledger) against territorial-control maps.")
        .contains("generate-completion")
        .contains("EXAMPLES");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(out.toString()).contains("Unmatched argument");
  }
}
