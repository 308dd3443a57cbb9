package org.parley.language.trigger;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.language.mention.Mention;
import org.parley.language.mention.OutletMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.text.SentencedText;

/**
 * The pre-pass: one regular-expression scan per trigger kind over the lower-cased normalised body,
 * plus the party and person mentions, mapped to sentences. Recall comes first: a sentence is
 * selected for any cue. Stateless and thread-safe.
 */
public final class TriggerScanner {
  private static final Map<TriggerKind, Pattern> PATTERNS = new EnumMap<>(TriggerKind.class);

  static {
    PATTERNS.put(
        TriggerKind.DEMAND,
        Pattern.compile(
            "\\b(?:demand\\w*|insist\\w*|must|wish list|conditions?|ultimatum|requir\\w*|call(?:s|ed|ing)?"
                + " (?:for|on)|urg\\w*|want\\w*|seek\\w*|sought|needs? to|what it would take|the key is"
                + "|no talk of|without respect|goal\\w*|aims?|should)\\b"));
    PATTERNS.put(
        TriggerKind.OFFER,
        Pattern.compile(
            "\\b(?:offer\\w*|propos\\w*|ready to|willing\\w*|prepared to|agree\\w*|accept\\w*|"
                + "concession\\w*|compromis\\w*|would agree|open to|relinquish\\w*|host\\w*|mediat\\w*"
                + "|initiative)\\b"));
    PATTERNS.put(
        TriggerKind.REJECTION,
        Pattern.compile(
            "\\b(?:reject\\w*|refus\\w*|rul(?:e|es|ed|ing) out|dismiss\\w*|never|won't|will not|"
                + "cannot|can't|not give up|not ready|no way|unacceptable|opposes?|opposed)\\b"));
    PATTERNS.put(
        TriggerKind.PROVISION,
        Pattern.compile(
            "\\b(?:ced\\w*|hand\\w* over|surrender\\w*|withdr\\w*|pull\\w* out|freez\\w*|frozen|"
                + "cease-?fire\\w*|truce|armistice|recogni\\w*|annex\\w*|neutral\\w*|nato|membership|"
                + "guarantee\\w*|sanction\\w*|troops|peacekeep\\w*|disarm\\w*|demilitari\\w*|denazif\\w*"
                + "|referendum|election\\w*|prisoner\\w*|exchang\\w*|swap\\w*|assets?|reparation\\w*|"
                + "sovereignty|integrity|security|rights|language|corridor\\w*|deoccup\\w*|return\\w*"
                + "|nuclear|weapon\\w*|missile\\w*|rocket\\w*|aid|eu|european union|independence)\\b"));
    PATTERNS.put(
        TriggerKind.CONTROL,
        Pattern.compile(
            "\\b(?:control\\w*|occup\\w*|captur\\w*|seiz\\w*|took|taken|hold\\w*|held|liberat\\w*|"
                + "recaptur\\w*|retak\\w*|percent|per cent|sq\\.?|square|km2?|kilomet\\w*|miles|"
                + "hectares|territor\\w*|front ?lines?|frontlines?|gains?|advance\\w*|fraction|"
                + "nearly all|most of|parts? of|all of|fell|fall|falls|fallen|lost|lose|loses|front)\\b"
                + "|\\d\\s*%"));
    PATTERNS.put(
        TriggerKind.MEETING,
        Pattern.compile(
            "\\b(?:talks?|negotiat\\w*|meet\\w*|met|summit\\w*|conversation\\w*|phone call|"
                + "telephone|discuss\\w*|visit\\w*|delegation\\w*|round|dialogue|contacts?|"
                + "videoconference|spoke with|speaking with)\\b"));
    PATTERNS.put(TriggerKind.QUOTE, Pattern.compile("\""));
  }

  /** The sentences of {@code text} that could hold a claim. */
  public TriggerSelection scan(SentencedText text, List<Mention> mentions) {
    String lower = text.text().toLowerCase(Locale.ROOT);
    int n = text.sentences().size();
    BitSet selected = new BitSet(n);
    Map<TriggerKind, BitSet> byKind = new EnumMap<>(TriggerKind.class);
    PATTERNS.forEach((kind, p) -> byKind.put(kind, mark(text, p.matcher(lower))));
    BitSet actors = new BitSet(n);
    for (Mention m : mentions) {
      if (!(m instanceof RegionMention) && !(m instanceof OutletMention)) {
        int s = text.sentenceAt(text.aligned().normStart(m.span()));
        if (s >= 0) {
          actors.set(s);
        }
      }
    }
    byKind.put(TriggerKind.ACTOR, actors);
    byKind.values().forEach(selected::or);
    return new TriggerSelection(selected, byKind, n);
  }

  private static BitSet mark(SentencedText text, Matcher m) {
    BitSet out = new BitSet();
    List<Integer> hits = new ArrayList<>();
    while (m.find()) {
      hits.add(m.start());
    }
    for (int h : hits) {
      int s = text.sentenceAt(h);
      if (s >= 0 && h < text.normEnd(s)) {
        out.set(s);
      }
    }
    return out;
  }
}
