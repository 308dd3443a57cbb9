package org.parley.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code parley spark}: Parley's jobs on Apache Spark. The entry point of {@code ./parley spark}
 * and of {@code spark-submit --class org.parley.spark.ParleySpark parley-spark-…-job.jar}.
 */
@Command(
    name = "parley spark",
    mixinStandardHelpOptions = true,
    description = "Parley's jobs on Apache Spark (local[*] by default, or any cluster).",
    subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class})
public final class ParleySpark implements Runnable {
  static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The command line, with errors in options and inputs printed as one line and exit code 2. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ParleySpark());
    cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof IllegalArgumentException) {
            line.getErr().println("parley spark: " + e.getMessage());
            return BAD_INPUT;
          }
          throw e;
        });
    return cli;
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    System.exit(code);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
