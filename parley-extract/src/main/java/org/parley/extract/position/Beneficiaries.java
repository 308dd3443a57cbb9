package org.parley.extract.position;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.ProvisionType;

/**
 * The theatre's default beneficiaries: who gains from a provision of a type when the text names
 * nobody, read from the lexicon file {@code beneficiaries.tsv}. Immutable.
 */
public final class Beneficiaries {
  private static final String RESOURCE = "/org/parley/extract/lexicon/beneficiaries.tsv";

  private final Map<ProvisionType, ActorId> byType;

  private Beneficiaries(Map<ProvisionType, ActorId> byType) {
    this.byType = byType;
  }

  /** The bundled defaults. */
  public static Beneficiaries bundled() {
    Map<ProvisionType, ActorId> out = new EnumMap<>(ProvisionType.class);
    try (InputStream in = Beneficiaries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the lexicon " + RESOURCE + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 2) {
          throw new IllegalArgumentException(RESOURCE + ":" + n + ": expected type TAB actor");
        }
        out.put(ProvisionType.fromCode(cells[0].strip()), ActorId.of(cells[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new Beneficiaries(out);
  }

  /** Who gains from a provision of {@code type} by default, if anyone. */
  public @Nullable ActorId of(ProvisionType type) {
    return byType.get(type);
  }
}
