package org.parley.cli.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.parley.cli.Parley;

/**
 * Runs {@code parley} in a child JVM (the test's class path), as a user's shell would, so that a
 * test can kill it, run two at once, or set its environment. Output goes to files in {@code logs}.
 */
public final class CliProcess {
  private final Process process;
  private final Path out;
  private final Path err;

  private CliProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** The outcome of a finished run. */
  public record Result(int code, String out, String err) {}

  /** Starts {@code parley args...} with {@code env} added to this JVM's environment. */
  public static CliProcess start(Path logs, String name, Map<String, String> env, String... args)
      throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx1g");
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Parley.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    Files.createDirectories(logs);
    Path out = logs.resolve(name + ".out");
    Path err = logs.resolve(name + ".err");
    pb.redirectOutput(out.toFile());
    pb.redirectError(err.toFile());
    return new CliProcess(pb.start(), out, err);
  }

  /** Runs {@code parley args...} to its end (at most ten minutes). */
  public static Result run(Path logs, String name, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return start(logs, name, env, args).await();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the process with SIGKILL, as {@code kill -9} does, and waits for it to be gone. */
  public void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(60, TimeUnit.SECONDS);
  }

  /** Waits for the end and returns what the process printed. */
  public Result await() throws IOException, InterruptedException {
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("parley did not end within ten minutes: " + out);
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
