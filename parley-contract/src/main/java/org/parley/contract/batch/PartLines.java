package org.parley.contract.batch;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The non-blank lines of a batch folder's part files ({@code part-00000…}, in the order of their
 * numbers; other files such as {@code _SUCCESS} are not read), one at a time, each with the file
 * and line it comes from. Not thread-safe.
 */
final class PartLines implements Closeable {
  private static final Pattern PART = Pattern.compile("part-(\\d+).*\\.jsonl");

  private final Deque<Path> files;
  private @Nullable BufferedReader reader;
  private @Nullable Path current;
  private int number;
  private @Nullable Line next;

  /** A line and where it is ({@code claims/part-00003-….jsonl:12}). */
  record Line(String text, String where) {}

  PartLines(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      List<Path> parts =
          list.filter(p -> PART.matcher(p.getFileName().toString()).matches())
              .sorted(Comparator.comparingLong(PartLines::partNumber))
              .toList();
      this.files = new ArrayDeque<>(parts);
    }
  }

  boolean hasNext() {
    try {
      while (next == null) {
        if (reader == null && !openNext()) {
          return false;
        }
        String text = reader.readLine();
        if (text == null) {
          closeCurrent();
        } else if (!text.isBlank()) {
          number++;
          next =
              new Line(
                  text,
                  current.getParent().getFileName() + "/" + current.getFileName() + ":" + number);
        } else {
          number++;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + current, e);
    }
  }

  Line next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    Line line = next;
    next = null;
    return line;
  }

  private boolean openNext() throws IOException {
    if (files.isEmpty()) {
      return false;
    }
    current = files.removeFirst();
    reader = Files.newBufferedReader(current, StandardCharsets.UTF_8);
    number = 0;
    return true;
  }

  private void closeCurrent() throws IOException {
    if (reader != null) {
      reader.close();
      reader = null;
    }
  }

  private static long partNumber(Path p) {
    Matcher m = PART.matcher(p.getFileName().toString());
    return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
  }

  @Override
  public void close() throws IOException {
    closeCurrent();
  }
}
