package org.parley.language.time;

import java.util.regex.MatchResult;

/**
 * A core match with the words read before it: {@code start()} includes them, and the named groups
 * {@code prep}, {@code part} and {@code bound} come from them ({@code rel} gains a leading "the "
 * when "the" was read, as in "the past two weeks").
 */
final class Hit implements MatchResult {
  private final MatchResult core;
  private final Prefixes.Prefix prefix;

  Hit(MatchResult core, Prefixes.Prefix prefix) {
    this.core = core;
    this.prefix = prefix;
  }

  @Override
  public int start() {
    return prefix.start();
  }

  @Override
  public int start(int group) {
    return core.start(group);
  }

  @Override
  public int end() {
    return core.end();
  }

  @Override
  public int end(int group) {
    return core.end(group);
  }

  @Override
  public String group() {
    return core.group();
  }

  @Override
  public String group(int group) {
    return core.group(group);
  }

  @Override
  public String group(String name) {
    return switch (name) {
      case "prep", "bound" ->
          prefix.prep().isEmpty() || prefix.prep().equals("the") ? null : prefix.prep();
      case "part" -> prefix.part().isEmpty() || prefix.part().equals("the") ? null : prefix.part();
      case "rel" -> {
        String rel = core.group("rel");
        yield rel != null && prefix.prep().equals("the") ? "the " + rel : rel;
      }
      default -> core.group(name);
    };
  }

  @Override
  public int groupCount() {
    return core.groupCount();
  }
}
