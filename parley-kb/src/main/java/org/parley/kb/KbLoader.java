package org.parley.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads the bundled data files (listed in {@code data/index.txt} beside this class) and the user's
 * files, in that order, and assembles them into a {@link KnowledgeBase}. Problems are collected
 * stage by stage (lines, then references, then aliases) and thrown together as one {@link
 * KbFormatException}, so that one typo does not hide the next.
 */
final class KbLoader {
  private static final String DATA = "data/";
  private static final String LABEL = "kb/";

  private KbLoader() {}

  static KnowledgeBase load(List<Path> userFiles) {
    List<String> problems = new ArrayList<>();
    KbAssembler assembler = new KbAssembler(problems);
    TheatreAssembler theatres = new TheatreAssembler(problems);
    MessageDigest digest = sha256();
    for (String name : bundledFiles()) {
      String text = resource(DATA + name);
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      read(assembler, theatres, LABEL + name, text, problems);
    }
    for (Path p : userFiles) {
      String text = file(p);
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      read(assembler, theatres, p.toString(), text, problems);
    }
    failIfAny(problems);
    List<Draft> drafts = assembler.checkedDrafts();
    Theatre theatre = theatres.resolve(drafts).orElse(null);
    failIfAny(problems);
    AliasIndex index = new AliasIndex(drafts, problems);
    failIfAny(problems);
    Map<String, List<Alias>> readings = index.readings();
    List<OutletDraft> outletDrafts = assembler.outlets();
    OutletIndex outletIndex = new OutletIndex(outletDrafts, readings, problems);
    failIfAny(problems);
    List<Outlet> outlets = outletDrafts.stream().map(OutletDraft::outlet).toList();
    List<KbEntry> entries = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      entries.add(d.entry());
    }
    String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return new KnowledgeBase(
        entries,
        readings,
        index.all(),
        new KnowledgeBase.Outlets(outlets, outletIndex.byForm()),
        java.util.Objects.requireNonNull(theatre),
        notes(assembler, theatres),
        version);
  }

  private static List<String> notes(KbAssembler assembler, TheatreAssembler theatres) {
    List<String> notes = new ArrayList<>(assembler.notes());
    notes.addAll(theatres.notes());
    return notes;
  }

  private static void read(
      KbAssembler assembler,
      TheatreAssembler theatres,
      String file,
      String text,
      List<String> problems) {
    List<Draft> entries = new ArrayList<>();
    List<OutletDraft> outlets = new ArrayList<>();
    for (RawRecord r : KbFileParser.parse(file, text, problems)) {
      switch (r.kind()) {
        case "outlet" -> OutletDraft.build(r, problems).ifPresent(outlets::add);
        case "side" -> TheatreParser.side(r, problems).ifPresent(s -> theatres.addSide(s, r.at()));
        case "theatre" -> TheatreParser.theatre(r, problems).ifPresent(theatres::addTheatre);
        default -> EntryBuilder.build(r, problems).ifPresent(entries::add);
      }
    }
    assembler.add(entries);
    assembler.addOutlets(outlets);
  }

  private static List<String> bundledFiles() {
    List<String> names = new ArrayList<>();
    for (String line : resource(DATA + "index.txt").lines().toList()) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        names.add(s);
      }
    }
    return names;
  }

  private static String resource(String name) {
    try (InputStream in = KbLoader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled knowledge-base file missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled knowledge-base file " + name, e);
    }
  }

  private static String file(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new KbFormatException(List.of(p + ": no such knowledge-base file"));
    } catch (CharacterCodingException e) {
      throw new KbFormatException(List.of(p + ": not UTF-8 text"));
    } catch (IOException e) {
      throw new KbFormatException(List.of(p + ": cannot read (" + e.getMessage() + ")"));
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  private static void failIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new KbFormatException(problems);
    }
  }
}
