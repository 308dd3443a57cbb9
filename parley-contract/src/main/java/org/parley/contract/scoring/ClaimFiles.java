package org.parley.contract.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.contract.ClaimReader;
import org.parley.contract.ReadResult;
import org.parley.model.Claim;
import org.parley.model.DocumentId;

/**
 * Claim records loaded for scoring from a JSONL file or a folder of them (not its subfolders, files
 * in name order). A folder also names documents by its file names ({@code <doc>.jsonl}), so that an
 * empty gold file scores a document with no claims. Invalid lines are collected, not thrown.
 */
public record ClaimFiles(
    List<Claim> claims, List<DocumentId> documents, List<ReadResult.Invalid> invalid) {
  public ClaimFiles {
    claims = List.copyOf(claims);
    documents = List.copyOf(documents);
    invalid = List.copyOf(invalid);
  }

  /** Loads {@code path}; fails with a message naming it when it is neither a file nor a folder. */
  public static ClaimFiles load(Path path) {
    List<Path> files = files(path);
    ClaimReader reader = new ClaimReader();
    List<Claim> claims = new ArrayList<>();
    List<DocumentId> docs = new ArrayList<>();
    List<ReadResult.Invalid> invalid = new ArrayList<>();
    for (Path f : files) {
      if (Files.isDirectory(path)) {
        String name = f.getFileName().toString();
        docs.add(new DocumentId(name.substring(0, name.length() - ".jsonl".length())));
      }
      for (ReadResult r : reader.readFile(f)) {
        switch (r) {
          case ReadResult.Parsed p -> claims.add(p.claim());
          case ReadResult.Invalid i -> invalid.add(i);
        }
      }
    }
    claims.forEach(c -> docs.add(c.doc()));
    return new ClaimFiles(claims, docs.stream().distinct().toList(), invalid);
  }

  private static List<Path> files(Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException("no such file or folder: " + path);
    }
    try (Stream<Path> s = Files.list(path)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }
}
