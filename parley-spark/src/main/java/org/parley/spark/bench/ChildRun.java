package org.parley.spark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One timed run of a command in a JVM of its own, as a user runs it: its wall time from start to
 * exit (JVM start, model loading and Spark's start-up included), the CPU seconds it used (user and
 * system, through {@code /usr/bin/time} where there is one; 0 where not), its exit code, and its
 * output files. CPU seconds stay meaningful on a machine that others load; wall time does not.
 */
record ChildRun(
    String label, double seconds, double cpuSeconds, int exit, Path stdout, Path stderr) {
  private static final Path TIME = Path.of("/usr/bin/time");
  private static final String MARK = "PARLEY_CPU";

  /**
   * Runs {@code main args} on {@code classPath} with {@code jvmOptions}; output into {@code dir}.
   */
  static ChildRun run(
      String label,
      List<String> jvmOptions,
      String classPath,
      String main,
      List<String> args,
      Path dir)
      throws IOException, InterruptedException {
    List<String> command = command(jvmOptions, classPath, main, args);
    String safe = label.replaceAll("[^A-Za-z0-9]+", "_");
    Path out = dir.resolve(safe + ".out");
    Path err = dir.resolve(safe + ".err");
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(2, TimeUnit.HOURS)) {
      p.destroyForcibly();
      throw new IllegalStateException(label + " ran for two hours; stopped");
    }
    double wall = (System.nanoTime() - start) / 1e9;
    return new ChildRun(label, wall, cpu(err), p.exitValue(), out, err);
  }

  /** This JVM's java with the options, class path, main class and arguments, under time(1). */
  private static List<String> command(
      List<String> jvmOptions, String classPath, String main, List<String> args) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(TIME)) {
      command.addAll(List.of(TIME.toString(), "-f", MARK + " %U %S"));
    }
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(main);
    command.addAll(args);
    return command;
  }

  private static double cpu(Path err) throws IOException {
    return Files.readAllLines(err).stream()
        .filter(l -> l.startsWith(MARK + " "))
        .mapToDouble(
            l -> {
              String[] f = l.split(" ");
              return Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
            })
        .findFirst()
        .orElse(0);
  }
}
