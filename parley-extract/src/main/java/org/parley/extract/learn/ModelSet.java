package org.parley.extract.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The classifiers an extractor uses, by name, with the ids of the documents they were trained on.
 * On disk (and as resources) a model set is a folder: {@code models.txt} lists the model names,
 * each model is {@code <name>.model} in {@link ClassifierFormat}, {@code documents.txt} lists the
 * training documents, one id a line, sorted, and {@code parameters.txt} holds the decision
 * parameters tuned with the models (name, tab, value; a stage uses its default for one absent). Its
 * {@link #version} is a digest of those files, so it changes whenever a model does. Immutable.
 */
public final class ModelSet {
  private static final String RESOURCES = "/org/parley/extract/model/";
  private static final String LIST = "models.txt";
  private static final String DOCUMENTS = "documents.txt";
  private static final String PARAMETERS = "parameters.txt";

  private final Map<String, Classifier> classifiers;
  private final List<String> documents;
  private final Map<String, Double> parameters;
  private final String version;

  public ModelSet(
      Map<String, Classifier> classifiers, List<String> documents, Map<String, Double> parameters) {
    this.classifiers = new TreeMap<>(classifiers);
    this.documents = documents.stream().sorted().distinct().toList();
    this.parameters = new TreeMap<>(parameters);
    this.version = digest(files());
  }

  /** A model set without models: every learned stage falls back to its rules. */
  public static ModelSet none() {
    return new ModelSet(Map.of(), List.of(), Map.of());
  }

  /** This set with parameter {@code name} set to {@code value}. */
  public ModelSet with(String name, double value) {
    Map<String, Double> p = new TreeMap<>(parameters);
    p.put(name, value);
    return new ModelSet(classifiers, documents, p);
  }

  /** This set with model {@code name} added (or replaced) by {@code classifier}. */
  public ModelSet withModel(String name, Classifier classifier) {
    Map<String, Classifier> c = new TreeMap<>(classifiers);
    c.put(name, classifier);
    return new ModelSet(c, documents, parameters);
  }

  /** The decision parameter {@code name}, or {@code fallback} when the set has none. */
  public double parameter(String name, double fallback) {
    return parameters.getOrDefault(name, fallback);
  }

  /** The models shipped with Parley (none when the resources are absent). */
  public static ModelSet bundled() {
    String list = resource(LIST);
    if (list == null) {
      return none();
    }
    Map<String, Classifier> found = new TreeMap<>();
    for (String name : list.strip().split("\n")) {
      String text = resource(name + ".model");
      if (text == null) {
        throw new IllegalStateException("the bundled model " + name + " is missing");
      }
      found.put(name, ClassifierFormat.read(text));
    }
    String docs = resource(DOCUMENTS);
    String params = resource(PARAMETERS);
    return new ModelSet(
        found, docs == null ? List.of() : lines(docs), params == null ? Map.of() : parse(params));
  }

  /** The model set in folder {@code dir}; fails naming the file that is missing or wrong. */
  public static ModelSet read(Path dir) {
    try {
      Map<String, Classifier> found = new TreeMap<>();
      for (String name : lines(Files.readString(dir.resolve(LIST)))) {
        Path file = dir.resolve(name + ".model");
        try {
          found.put(name, ClassifierFormat.read(Files.readString(file)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
      }
      Path params = dir.resolve(PARAMETERS);
      return new ModelSet(
          found,
          lines(Files.readString(dir.resolve(DOCUMENTS))),
          Files.exists(params) ? parse(Files.readString(params)) : Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model set in " + dir, e);
    }
  }

  /** Writes this model set into folder {@code dir} (created when absent). */
  public void write(Path dir) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> f : files().entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model set into " + dir, e);
    }
  }

  /** The classifier named {@code name}, if this set has one. */
  public Optional<Classifier> classifier(String name) {
    return Optional.ofNullable(classifiers.get(name));
  }

  /** The ids of the documents the models were trained on, sorted. */
  public List<String> documents() {
    return documents;
  }

  /** The names of the models, sorted. */
  public List<String> names() {
    return List.copyOf(classifiers.keySet());
  }

  /** A short digest of the model files ("none" for an empty set). */
  public String version() {
    return version;
  }

  private Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    classifiers.forEach((name, c) -> files.put(name + ".model", ClassifierFormat.write(c)));
    files.put(LIST, String.join("\n", classifiers.keySet()) + "\n");
    files.put(DOCUMENTS, String.join("\n", documents) + "\n");
    StringBuilder p = new StringBuilder();
    parameters.forEach((k, v) -> p.append(k).append('\t').append(v).append('\n'));
    files.put(PARAMETERS, p.toString());
    return files;
  }

  private String digest(Map<String, String> files) {
    if (classifiers.isEmpty()) {
      return "none";
    }
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      files.forEach(
          (name, text) -> {
            d.update(name.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(text.getBytes(StandardCharsets.UTF_8));
          });
      return HexFormat.of().formatHex(d.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private static Map<String, Double> parse(String text) {
    Map<String, Double> out = new TreeMap<>();
    for (String line : lines(text)) {
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new IllegalArgumentException("not a parameter line (name, tab, value): " + line);
      }
      out.put(cells[0], Double.parseDouble(cells[1]));
    }
    return out;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = ModelSet.class.getResourceAsStream(RESOURCES + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled model file " + name, e);
    }
  }
}
