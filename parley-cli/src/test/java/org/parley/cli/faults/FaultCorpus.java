package org.parley.cli.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus for fault tests, big enough that an ingest takes a while: the sample articles the Parley
 * developers wrote, and each of them joined with the next and the one after (different enough not
 * to be near duplicates), as one JSONL file.
 */
final class FaultCorpus {
  private static final Path SAMPLES = Path.of("../samples/articles");

  private FaultCorpus() {}

  static Path write(Path dir) throws IOException {
    return write(dir, 3);
  }

  /**
   * The samples, then each joined with the next {@code 1 .. joins-1} (more joins, more documents).
   */
  static Path write(Path dir, int joins) throws IOException {
    List<String[]> articles = samples();
    ObjectMapper json = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    for (int step = 0; step < joins; step++) {
      for (int i = 0; i < articles.size(); i++) {
        String[] a = articles.get(i);
        String[] b = articles.get((i + step) % articles.size());
        ObjectNode node = json.createObjectNode();
        node.put("id", step == 0 ? a[0] : a[0] + "+" + b[0]);
        node.put("date", a[1]);
        node.put("text", step == 0 ? a[2] : a[2] + "\n\n" + b[2]);
        out.append(json.writeValueAsString(node)).append('\n');
      }
    }
    return Files.writeString(dir.resolve("corpus.jsonl"), out, StandardCharsets.UTF_8);
  }

  /** Id, date and body of each sample article in the seed format. */
  private static List<String[]> samples() throws IOException {
    List<String[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", 2);
        String date = lines[0].strip().split("\\s+")[1];
        String id = f.getFileName().toString().replace(".txt", "");
        out.add(new String[] {id, date, lines[1].strip()});
      }
    }
    return out;
  }
}
