package org.parley.spark.input;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.parley.ingest.source.SkipReason;

/**
 * Lists the files behind the inputs a user names, on any Hadoop file system, in the order {@code
 * parley extract} reads the same local paths: inputs in the order given, a glob's matches sorted,
 * folders depth-first with entries sorted by the bytes of their names, entries whose names start
 * with a dot passed over, a folder listed twice read once. A missing input, a glob that matches
 * nothing and an empty folder become failures in their place. Runs on the driver; not thread-safe.
 */
public final class InputListing {
  private static final Comparator<FileStatus> BY_NAME =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getPath().getName().getBytes(StandardCharsets.UTF_8),
              b.getPath().getName().getBytes(StandardCharsets.UTF_8));

  private final Configuration conf;
  private final List<Listed> out = new ArrayList<>();
  private final Set<Path> visitedFolders = new HashSet<>();

  private InputListing(Configuration conf) {
    this.conf = conf;
  }

  /** The listing of {@code inputs} (paths or globs, with or without a scheme). */
  public static List<Listed> list(List<String> inputs, Configuration conf) throws IOException {
    InputListing listing = new InputListing(conf);
    for (String input : inputs) {
      listing.input(stripTrailingSlash(input));
    }
    return List.copyOf(listing.out);
  }

  private void input(String input) throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(conf);
    if (isGlob(input)) {
      FileStatus[] matched = fs.globStatus(path);
      if (matched == null || matched.length == 0) {
        failed(input, SkipReason.UNREADABLE, "no file or folder matches the pattern");
        return;
      }
      Arrays.sort(matched, Comparator.comparing(s -> s.getPath().toString()));
      for (FileStatus s : matched) {
        entry(fs, s, displayName(s.getPath()), false);
      }
      return;
    }
    FileStatus status;
    try {
      status = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      failed(input, SkipReason.UNREADABLE, "no such file or folder");
      return;
    }
    entry(fs, status, input, false);
  }

  private void entry(FileSystem fs, FileStatus status, String name, boolean inFolder)
      throws IOException {
    if (!status.isDirectory()) {
      out.add(new Listed.File(out.size(), status.getPath().toString(), name, inFolder));
      return;
    }
    if (!visitedFolders.add(fs.makeQualified(status.getPath()))) {
      return;
    }
    FileStatus[] children =
        Arrays.stream(fs.listStatus(status.getPath()))
            .filter(c -> !c.getPath().getName().startsWith("."))
            .sorted(BY_NAME)
            .toArray(FileStatus[]::new);
    if (children.length == 0) {
      failed(name, SkipReason.NO_TEXT, "the folder holds no files");
    }
    for (FileStatus child : children) {
      entry(fs, child, name + "/" + child.getPath().getName(), true);
    }
  }

  private void failed(String name, SkipReason reason, String detail) {
    out.add(new Listed.Failed(out.size(), name, reason.name(), detail));
  }

  private static boolean isGlob(String input) {
    return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** A local path without its scheme (as a user would type it), any other as its URI. */
  private static String displayName(Path path) {
    String scheme = path.toUri().getScheme();
    return scheme == null || scheme.equals("file") ? path.toUri().getPath() : path.toString();
  }

  private static String stripTrailingSlash(String input) {
    String s = input;
    while (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
