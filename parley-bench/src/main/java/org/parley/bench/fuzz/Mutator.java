package org.parley.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes mutants of seed files: one to three operations drawn from {@link Operation}, each with
 * places and sizes drawn from the given {@link Random}, so a campaign's seed fixes every mutant.
 * Mutants never grow past {@link #MAX_BYTES}. Stateless.
 */
public final class Mutator {
  /** The largest mutant: repeated blocks stop growing there. */
  public static final int MAX_BYTES = 256 << 10;

  /** Bytes that mean something to some reader: markup, quotes, separators, broken UTF-8, BOMs. */
  private static final List<byte[]> HOSTILE =
      List.of(
          bytes("<"),
          bytes("\""),
          bytes("&"),
          bytes("&#0;"),
          bytes("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"),
          bytes("]]>"),
          bytes("\n"),
          bytes("\r"),
          bytes(","),
          bytes("{\"text\":"),
          bytes("\u201c"),
          bytes("(((((((((("),
          new byte[] {0},
          new byte[] {(byte) 0xC3},
          new byte[] {(byte) 0xFF, (byte) 0xFE},
          new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          new byte[] {0x1F, (byte) 0x8B, 8, 0});

  /** The kinds of change a mutant is made of. */
  public enum Operation {
    /** Flips 1 to 16 random bits. */
    FLIP,
    /** Cuts the file at a random point. */
    TRUNCATE,
    /** Joins a random prefix of the file to a random suffix of another seed. */
    SPLICE,
    /** Repeats a random block 2 to 500 times in place. */
    REPEAT,
    /** Inserts a byte sequence that some reader treats specially. */
    INSERT,
    /** Removes a random block. */
    DELETE
  }

  /** A mutant: its bytes and what was done to the seed, for reports. */
  public record Mutant(byte[] content, String description) {
    public Mutant {
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  private Mutator() {}

  /** A mutant of {@code seed}; {@code other} is spliced in when the operation is a splice. */
  public static Mutant mutate(byte[] seed, byte[] other, Random random) {
    byte[] bytes = seed.clone();
    List<String> done = new ArrayList<>();
    int steps = 1 + random.nextInt(3);
    for (int i = 0; i < steps; i++) {
      Operation op = Operation.values()[random.nextInt(Operation.values().length)];
      bytes = apply(op, bytes, other, random);
      done.add(op.name().toLowerCase(java.util.Locale.ROOT));
    }
    return new Mutant(bytes, String.join("+", done));
  }

  private static byte[] apply(Operation op, byte[] in, byte[] other, Random random) {
    return switch (op) {
      case FLIP -> flip(in, random);
      case TRUNCATE -> Arrays.copyOf(in, random.nextInt(in.length + 1));
      case SPLICE ->
          join(
              Arrays.copyOf(in, random.nextInt(in.length + 1)),
              Arrays.copyOfRange(other, random.nextInt(other.length + 1), other.length));
      case REPEAT -> repeat(in, random);
      case INSERT -> insert(in, HOSTILE.get(random.nextInt(HOSTILE.size())), random);
      case DELETE -> delete(in, random);
    };
  }

  private static byte[] flip(byte[] in, Random random) {
    byte[] out = in.clone();
    if (out.length > 0) {
      for (int n = 1 + random.nextInt(16); n > 0; n--) {
        int bit = random.nextInt(out.length * 8);
        out[bit / 8] ^= (byte) (1 << (bit % 8));
      }
    }
    return out;
  }

  private static byte[] repeat(byte[] in, Random random) {
    if (in.length == 0) {
      return in;
    }
    int from = random.nextInt(in.length);
    int to = from + 1 + random.nextInt(Math.min(in.length - from, 256));
    byte[] block = Arrays.copyOfRange(in, from, to);
    int times = Math.min(2 + random.nextInt(499), (MAX_BYTES - in.length) / block.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(in, 0, to);
    for (int i = 1; i < times; i++) {
      out.writeBytes(block);
    }
    out.write(in, to, in.length - to);
    return out.toByteArray();
  }

  private static byte[] insert(byte[] in, byte[] what, Random random) {
    int at = random.nextInt(in.length + 1);
    return join(join(Arrays.copyOf(in, at), what), Arrays.copyOfRange(in, at, in.length));
  }

  private static byte[] delete(byte[] in, Random random) {
    if (in.length == 0) {
      return in;
    }
    int from = random.nextInt(in.length);
    int to = from + 1 + random.nextInt(Math.min(in.length - from, 512));
    return join(Arrays.copyOf(in, from), Arrays.copyOfRange(in, to, in.length));
  }

  private static byte[] join(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
