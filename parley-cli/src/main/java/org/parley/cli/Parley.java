package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command: reads news about peace negotiations into a sourced ledger. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = Parley.Version.class,
    description = {
      "Reads news about peace negotiations into a sourced, time-stamped ledger of positions,",
      "territorial control, quotations and meetings, and answers questions from it."
    },
    subcommands = {
      CommandLine.HelpCommand.class,
      org.parley.cli.ingest.IngestCommand.class,
      org.parley.cli.watch.WatchCommand.class,
      org.parley.cli.claims.ClaimsCommand.class,
      org.parley.cli.search.SearchCommand.class,
      org.parley.cli.export.ExportCommand.class,
      org.parley.cli.imports.ImportCommand.class,
      org.parley.cli.review.ReviewCommand.class,
      org.parley.cli.eval.EvalCommand.class,
      org.parley.cli.train.TrainCommand.class,
      org.parley.cli.read.ReadCommand.class,
      org.parley.cli.extract.ExtractCommand.class,
      org.parley.cli.checkcontrol.CheckControlCommand.class,
      org.parley.cli.evaluate.EvaluateCommand.class,
      org.parley.cli.kb.KbCommand.class,
      org.parley.cli.positions.PositionsCommand.class,
      org.parley.cli.shifts.ShiftsCommand.class,
      org.parley.cli.disputes.DisputesCommand.class,
      org.parley.cli.gap.GapCommand.class,
      org.parley.cli.report.ReportCommand.class,
      org.parley.cli.brief.BriefCommand.class,
      org.parley.cli.serve.ServeCommand.class,
      org.parley.cli.serve.McpCommand.class,
      picocli.AutoComplete.GenerateCompletion.class,
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  parley brief                          ingest the sample corpus, print the briefing",
      "  parley ingest articles/ && parley positions Russia",
      "  source <(parley generate-completion)  tab completion in bash or zsh"
    })
public final class Parley implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Builds the command line with its exit-code mapping, ready to execute. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Parley());
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setUsageHelpWidth(110);
    cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    return cli;
  }

  public static void main(String[] args) {
    int code;
    try {
      code = commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      // the limits (--max-record-size, --time-budget) should keep any input from getting here
      System.err.println(
          "parley: out of memory; give Java more with PARLEY_JAVA_OPTS=-Xmx4g, or lower"
              + " --max-record-size");
      code = 1;
    } catch (StackOverflowError e) {
      System.err.println("parley: an input nests too deeply to be read (stack overflow)");
      code = 1;
    }
    System.exit(code);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Parley.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "parley " + p.getProperty("version", "unknown") + " (claims: parley.claim/1)",
        "Java " + Runtime.version()
      };
    }
  }
}
