package org.parley.cli.brief;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the sample corpus that ships with Parley ({@code samples/articles} in the checkout): at
 * {@code $PARLEY_SAMPLES} (or the system property {@code parley.samples}) when set, else under
 * {@code $PARLEY_ROOT} ({@code parley.root}), else in the working folder or one above it, else
 * beside the classes the command runs from ({@code parley-cli/target/classes} in a checkout).
 */
final class SampleCorpus {
  static final String RELATIVE = "samples/articles";

  private SampleCorpus() {}

  /** The corpus folder, or the places looked in when none holds it. */
  static Path locate(Map<String, String> env, Path workingFolder) {
    List<Path> tried = new ArrayList<>();
    String samples = setting("parley.samples", "PARLEY_SAMPLES", env);
    if (samples != null) {
      return existing(Path.of(samples), tried)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "PARLEY_SAMPLES / parley.samples names no folder: " + samples));
    }
    for (Path r : roots(env, workingFolder)) {
      Optional<Path> found = existing(r.resolve(RELATIVE), tried);
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new IllegalArgumentException(
        "cannot find the sample corpus (%s); give SOURCE arguments, or set PARLEY_ROOT to the Parley checkout (looked in %s)"
            .formatted(RELATIVE, tried.stream().distinct().limit(6).toList()));
  }

  /** Where a checkout may be, in order: $PARLEY_ROOT, the working folder's, the classes'. */
  private static List<Path> roots(Map<String, String> env, Path workingFolder) {
    String root = setting("parley.root", "PARLEY_ROOT", env);
    List<Path> roots = new ArrayList<>();
    if (root != null) {
      roots.add(Path.of(root));
    }
    ancestors(workingFolder.toAbsolutePath(), roots);
    Path code = codeFolder();
    if (code != null) {
      ancestors(code, roots);
    }
    return roots;
  }

  private static @Nullable String setting(
      String property, String variable, Map<String, String> env) {
    String p = System.getProperty(property);
    if (p != null && !p.isBlank()) {
      return p;
    }
    String v = env.get(variable);
    return v == null || v.isBlank() ? null : v;
  }

  private static Optional<Path> existing(Path folder, List<Path> tried) {
    Path f = folder.toAbsolutePath().normalize();
    tried.add(f);
    return Files.isDirectory(f) ? Optional.of(f) : Optional.empty();
  }

  private static void ancestors(Path start, List<Path> out) {
    for (Path p = start; p != null; p = p.getParent()) {
      out.add(p);
    }
  }

  private static @Nullable Path codeFolder() {
    CodeSource source = SampleCorpus.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI()).toAbsolutePath();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
