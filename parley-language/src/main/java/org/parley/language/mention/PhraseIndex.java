package org.parley.language.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.language.text.Word;
import org.parley.language.text.WordScanner;

/**
 * A longest-match dictionary of multi-word phrases over {@link Word} keys. A capitalised word of a
 * phrase matches only a capitalised word of text, and an all-capitals one ("US", "WHO") only an
 * all-capitals one, so that "us" and "who" stay pronouns. Immutable once built; thread-safe.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {
  private final Map<String, List<Phrase<T>>> byFirst;

  private PhraseIndex(Map<String, List<Phrase<T>>> byFirst) {
    this.byFirst = byFirst;
  }

  /** The longest phrase starting at word {@code i} and ending before word {@code limit}. */
  @Nullable Match<T> match(List<Word> words, int i, int limit) {
    List<Phrase<T>> candidates = byFirst.get(words.get(i).key());
    if (candidates == null) {
      return null;
    }
    for (Phrase<T> p : candidates) {
      if (i + p.keys().length <= limit && p.matches(words, i)) {
        return new Match<>(i + p.keys().length, p.value());
      }
    }
    return null;
  }

  /** A builder that merges the values of phrases with the same words and case constraints. */
  static final class Builder<T> {
    private final Map<String, Phrase<T>> phrases = new LinkedHashMap<>();
    private final WordScanner scanner = new WordScanner();

    /** Adds {@code form} for {@code value}; a leading "the" is dropped (matched as context). */
    Builder<T> add(String form, T value, java.util.function.BinaryOperator<T> merge) {
      String mapped = form.replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-');
      List<Word> words = new ArrayList<>(scanner.scan(mapped, 0, mapped.length()));
      if (words.size() > 1 && words.get(0).key().equals("the")) {
        words.remove(0);
      }
      if (words.isEmpty()) {
        return this;
      }
      Phrase<T> p = Phrase.of(words, value);
      phrases.merge(p.signature(), p, (a, b) -> a.withValue(merge.apply(a.value(), b.value())));
      return this;
    }

    PhraseIndex<T> build() {
      Map<String, List<Phrase<T>>> byFirst = new HashMap<>();
      for (Phrase<T> p : phrases.values()) {
        byFirst.computeIfAbsent(p.keys()[0], k -> new ArrayList<>()).add(p);
      }
      byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(p -> -p.keys().length)));
      return new PhraseIndex<>(byFirst);
    }
  }

  /** A match: the index of the word after it, and the phrase's value. */
  record Match<T>(int end, T value) {}

  private record Phrase<T>(String[] keys, byte[] caseRule, T value) {
    static <T> Phrase<T> of(List<Word> words, T value) {
      String[] keys = new String[words.size()];
      byte[] rule = new byte[words.size()];
      for (int k = 0; k < keys.length; k++) {
        Word w = words.get(k);
        keys[k] = w.key();
        rule[k] = caseRule(w.raw());
      }
      return new Phrase<>(keys, rule, value);
    }

    /** 0: any case; 1: capitalised; 2: all capitals. */
    private static byte caseRule(String raw) {
      long letters = raw.chars().filter(Character::isLetter).count();
      long upper = raw.chars().filter(Character::isUpperCase).count();
      if (letters >= 2 && upper == letters) {
        return 2;
      }
      return (byte) (!raw.isEmpty() && Character.isUpperCase(raw.charAt(0)) ? 1 : 0);
    }

    boolean matches(List<Word> words, int i) {
      for (int k = 0; k < keys.length; k++) {
        Word w = words.get(i + k);
        if (!keys[k].equals(w.key())) {
          return false;
        }
        if (caseRule[k] == 1 && !w.isCapitalized()) {
          return false;
        }
        if (caseRule[k] == 2 && !w.raw().equals(w.raw().toUpperCase(java.util.Locale.ROOT))) {
          return false;
        }
      }
      return true;
    }

    String signature() {
      return String.join(" ", keys) + "|" + java.util.Arrays.toString(caseRule);
    }

    Phrase<T> withValue(T v) {
      return new Phrase<>(keys, caseRule, v);
    }
  }
}
