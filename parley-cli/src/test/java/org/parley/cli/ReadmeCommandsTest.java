package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs every {@code $ ./parley …} line of the README, in order, against a fresh ledger, and checks
 * that each exits 0: the README's examples are commands that work today. Relative paths name files
 * of the repository; files a line writes ({@code > FILE}, {@code --html}, {@code -o}) go to a
 * temporary folder; lines that read {@code ../shared} are skipped when it is absent, and so are
 * {@code ./parley spark} lines (another module's command) and the lines that read their output, and
 * the {@code train} and {@code eval --cv} lines (their defaults name ../shared from the project
 * root).
 */
class ReadmeCommandsTest {
  @TempDir Path tmp;

  @Test
  void everyCommandLineInTheReadmeExitsZero() throws Exception {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> lines =
        Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("$ ./parley "))
            .toList();
    assertThat(lines).hasSizeGreaterThan(10);
    boolean shared = Files.isDirectory(root.resolve("../shared/data"));
    String db = tmp.resolve("ledger.db").toString();
    List<String> sparkOutputs = new ArrayList<>();
    for (String line : lines) {
      if (!shared && line.contains("../shared")) {
        continue;
      }
      // ./parley spark runs the parley-spark module, not this CLI (its tests run the same example);
      // lines that read what such a line wrote are skipped with it
      if (line.startsWith("$ ./parley spark ")) {
        sparkOutputs.add(line.replaceAll(".*--output (\\S+).*", "$1"));
        continue;
      }
      if (sparkOutputs.stream().anyMatch(line::contains)) {
        continue;
      }
      // train and eval --cv read ../shared by default from the project root, not from this module's
      // folder; TrainCommandTest and EvalCommandTest run both on the project's own corpus
      if (line.startsWith("$ ./parley train ") || line.startsWith("$ ./parley eval --cv ")) {
        continue;
      }
      Outcome o = run(line.substring("$ ./parley ".length()), root, db);
      assertThat(o.code()).as("%s%n%s", line, o.err()).isZero();
    }
  }

  private record Outcome(int code, String err) {}

  private Outcome run(String commandLine, Path root, String db) throws Exception {
    String redirect = null;
    int gt = commandLine.indexOf(" > ");
    if (gt >= 0) {
      redirect = commandLine.substring(gt + 3).strip();
      commandLine = commandLine.substring(0, gt);
    }
    List<String> args = new ArrayList<>();
    String previous = "";
    for (String token : words(commandLine)) {
      args.add(path(token, previous, root));
      previous = token;
    }
    CommandLine cli = Parley.commandLine();
    CommandLine sub = cli.getSubcommands().get(args.get(0));
    if (sub != null && sub.getCommandSpec().findOption("--db") != null) {
      args.add("--db");
      args.add(db);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args.toArray(String[]::new));
    if (redirect != null) {
      Files.writeString(Path.of(path(redirect, ">", root)), out.toString());
    }
    return new Outcome(code, err.toString());
  }

  /** Repository paths resolved against the root; written files moved to the temporary folder. */
  private String path(String token, String previous, Path root) {
    if (token.startsWith("/tmp/")) {
      return tmp.resolve(token.substring(5)).toString();
    }
    if (List.of("--html", "-o", "--out", ">").contains(previous)) {
      return tmp.resolve(Path.of(token).getFileName()).toString();
    }
    if (token.startsWith("samples/")
        || token.startsWith("docs/")
        || token.startsWith("../shared")) {
      return root.resolve(token).normalize().toString();
    }
    return token;
  }

  /** Splits a command line into words, with double or single quotes grouping. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        any = true;
      } else if (Character.isWhitespace(c)) {
        if (any || !w.isEmpty()) {
          out.add(w.toString());
          w.setLength(0);
          any = false;
        }
      } else {
        w.append(c);
      }
    }
    if (any || !w.isEmpty()) {
      out.add(w.toString());
    }
    return out;
  }
}
