package org.parley.language.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.language.coref.Coreference;
import org.parley.language.coref.Referent;
import org.parley.language.mention.Mention;
import org.parley.language.mention.OutletMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.mention.SourceMention;
import org.parley.language.text.SentencedText;
import org.parley.model.Span;

/**
 * Reporting frames of one sentence: "X told OUTLET", "OUTLET reported", "according to X", "in an
 * interview with … on OUTLET", "wrote in … OUTLET", "the report claimed", "reports confirmed",
 * "This was stated by X". The source of a frame is the person, source or party it names.
 */
final class ReportingFrames {
  private static final Pattern TOLD = Pattern.compile("\\b(?:told|tells|telling)\\s+(?:the\\s+)?$");
  private static final Pattern OUTLET_VERB =
      Pattern.compile(
          "^,?\\s*(?:has |have |had |also |later )?(?:reported|reports|said|says|noted|notes"
              + "|wrote|writes|claimed|claims|estimated|estimates|assessed|assesses|found|confirmed"
              + "|cited|stated|added|quoted)\\b");
  private static final Pattern INTERVIEW = Pattern.compile("\\binterview\\b[^.;]{0,60}$");
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "\\b(?:opinion piece|op-ed|column|article|essay|editorial|commentary|post|statement)"
              + "\\s+(?:in|for|on|to|published by)\\s+(?:the\\s+)?$");
  private static final Pattern ACCORDING = Pattern.compile("\\baccording to\\s+(?:the\\s+)?$");
  private static final Pattern GENERIC_REPORT =
      Pattern.compile(
          "\\b(?<np>(?:the|a|that|this|its|their) (?:new |latest |daily |same )?(?:report|article"
              + "|dispatch|assessment|update|analysis))\\b(?: (?:also|further|previously|earlier"
              + "|then))? (?:claimed|said|says|stated|states|added|noted|suggested|alleged"
              + "|asserted|found|showed|claims)\\b");
  private static final Pattern REPORTS =
      Pattern.compile(
          "\\breports (?:confirmed|say|said|suggest|suggested|indicate|indicated|show|showed"
              + "|claim|claimed)\\b|\\b(?:media|news|press) reports\\b|\\baccording to "
              + "(?:media |news |press )?reports\\b");
  private static final Pattern STATED_BY =
      Pattern.compile(
          "^(?:this|that|it|these|such)\\s+(?:was|were|has been|had been|is)\\s+(?:stated|said"
              + "|announced|reported|noted|emphasi[sz]ed|declared|confirmed|stressed)\\s+by\\b"
              + "|\\b(?:said|stated|announced) this\\b");

  private static final Pattern ACCORDING_ANY = Pattern.compile("\\baccording to\\b");

  private ReportingFrames() {}

  private static boolean hasAny(String s, String... words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static org.parley.language.coref.@Nullable Anaphor pronounAfter(
      SentencedText text, Coreference coref, int at) {
    for (var a : coref.anaphors()) {
      int n = text.aligned().normStart(a.span());
      if (a.kind() == org.parley.language.coref.Anaphor.AnaphorKind.PRONOUN
          && n >= at
          && n <= at + 2) {
        return a;
      }
    }
    return null;
  }

  static List<AttributionCue.ReportingFrame> find(
      SentencedText text, int s, List<Mention> inSentence, Coreference coref) {
    List<AttributionCue.ReportingFrame> out = new ArrayList<>();
    for (Mention m : inSentence) {
      if (m instanceof OutletMention o) {
        outletFrame(text, s, o, inSentence, coref, out);
      }
    }
    reports(text, s, out);
    statedBy(text, s, inSentence, coref, out);
    accordingTo(text, s, inSentence, coref, out);
    AttributionCue.ReportingFrame said = SourceFrames.find(text, s, inSentence, coref);
    if (said != null && out.stream().noneMatch(f -> f.kind() == FrameKind.TOLD)) {
      out.add(said); // "… told Reuters" is already the outlet's frame
    }
    return out;
  }

  /** "the report also claimed", "reports confirmed", "according to media reports". */
  private static void reports(SentencedText text, int s, List<AttributionCue.ReportingFrame> out) {
    int base = text.normStart(s);
    String lower = text.sentenceText(s).toLowerCase(Locale.ROOT);
    Span sentence = text.span(base, text.normEnd(s));
    Matcher g = GENERIC_REPORT.matcher(lower);
    if (hasAny(lower, "report", "article", "dispatch", "assessment", "update", "analysis")
        && g.find()) {
      Span span = text.span(base + g.start(), base + g.end());
      String phrase =
          text.aligned().originalText(text.span(base + g.start("np"), base + g.end("np")));
      out.add(
          new AttributionCue.ReportingFrame(
              span, sentence, FrameKind.REPORTED, null, phrase, List.of(), false));
    }
    Matcher r = REPORTS.matcher(lower);
    if (lower.contains("reports") && r.find()) {
      Span span = text.span(base + r.start(), base + r.end());
      out.add(
          new AttributionCue.ReportingFrame(
              span, sentence, FrameKind.REPORTED, null, null, List.of("reports"), false));
    }
  }

  /** "This was stated by X." and "X said this": the sentence before is governed too. */
  private static void statedBy(
      SentencedText text,
      int s,
      List<Mention> inSentence,
      Coreference coref,
      List<AttributionCue.ReportingFrame> out) {
    int base = text.normStart(s);
    String lower = text.sentenceText(s).toLowerCase(Locale.ROOT);
    Matcher st = STATED_BY.matcher(lower);
    if (!hasAny(lower, " by ", " this") || !st.find()) {
      return;
    }
    boolean active =
        !st.group().startsWith("this")
            && !st.group().startsWith("that")
            && !st.group().startsWith("it")
            && !st.group().startsWith("these")
            && !st.group().startsWith("such");
    Mention src =
        active
            ? lastPersonBefore(text, inSentence, base + st.start())
            : firstPersonAfter(text, inSentence, base + st.end());
    Referent ref = src == null ? null : coref.referentOf(src).orElse(null);
    Span span = text.span(base + st.start(), base + st.end());
    out.add(frame(span, backward(text, s), FrameKind.STATED_BY, ref, src, List.of()));
  }

  /** "according to X" with X a person, a source, a party or a pronoun (outlets: outletFrame). */
  private static void accordingTo(
      SentencedText text,
      int s,
      List<Mention> inSentence,
      Coreference coref,
      List<AttributionCue.ReportingFrame> out) {
    int base = text.normStart(s);
    Span sentence = text.span(base, text.normEnd(s));
    String lower = text.sentenceText(s).toLowerCase(Locale.ROOT);
    if (!lower.contains("according")) {
      return;
    }
    Matcher acc = ACCORDING_ANY.matcher(lower);
    while (acc.find()) {
      var pronoun = pronounAfter(text, coref, base + acc.end());
      if (pronoun != null) {
        Span span = text.span(base + acc.start(), text.aligned().normEnd(pronoun.span()));
        Referent ref = Coreference.referent(pronoun).orElse(null);
        out.add(frame(span, sentence, FrameKind.ACCORDING_TO, ref, null, List.of()));
        continue;
      }
      Mention src = firstAnyAfter(text, inSentence, base + acc.end());
      if (src != null && !(src instanceof OutletMention)) {
        Referent ref = coref.referentOf(src).orElse(null);
        Span span = text.span(base + acc.start(), text.aligned().normEnd(src.span()));
        out.add(frame(span, sentence, FrameKind.ACCORDING_TO, ref, src, List.of()));
      }
    }
  }

  private static void outletFrame(
      SentencedText text,
      int s,
      OutletMention o,
      List<Mention> inSentence,
      Coreference coref,
      List<AttributionCue.ReportingFrame> out) {
    String norm = text.text();
    int base = text.normStart(s);
    int os = text.aligned().normStart(o.span());
    int oe = text.aligned().normEnd(o.span());
    String before = norm.substring(Math.max(base, os - 70), os).toLowerCase(Locale.ROOT);
    String after = norm.substring(oe, Math.min(text.normEnd(s), oe + 40)).toLowerCase(Locale.ROOT);
    OutletCue cue = outletCue(text, s, inSentence, os, before, after);
    if (cue == null) {
      return;
    }
    Mention src = cue.src();
    Referent ref = src == null ? null : coref.referentOf(src).orElse(null);
    out.add(frame(o.span(), cue.scope(), cue.kind(), ref, src, List.of(o.name())));
  }

  /** How the words around an outlet at {@code os} frame the sentence, if they do. */
  private static @Nullable OutletCue outletCue(
      SentencedText text, int s, List<Mention> inSentence, int os, String before, String after) {
    Span sentence = text.span(text.normStart(s), text.normEnd(s));
    if (TOLD.matcher(before).find()) {
      int at = os - before.length() + lastIndexOfVerb(before);
      return new OutletCue(FrameKind.TOLD, lastPersonBefore(text, inSentence, at), sentence);
    } else if (ACCORDING.matcher(before).find()) {
      return new OutletCue(FrameKind.ACCORDING_TO, null, sentence);
    } else if (before.contains("interview") && INTERVIEW.matcher(before).find()) {
      int at = os - before.length() + before.lastIndexOf("interview");
      return new OutletCue(
          FrameKind.INTERVIEW, lastPersonBefore(text, inSentence, at), interviewScope(text, s));
    } else if (PUBLISHED.matcher(before).find()) {
      int at = os - before.length() + before.lastIndexOf(" ");
      return new OutletCue(FrameKind.PUBLISHED, lastPersonBefore(text, inSentence, at), sentence);
    } else if (OUTLET_VERB.matcher(after).find()) {
      return new OutletCue(FrameKind.REPORTED, null, sentence);
    }
    return null;
  }

  /** An interview frames the rest of its paragraph, and what precedes when it says who spoke. */
  private static Span interviewScope(SentencedText text, int s) {
    int para = text.paragraphOf(s);
    int last = s;
    while (last + 1 < text.sentences().size() && text.paragraphOf(last + 1) == para) {
      last++;
    }
    Span back =
        STATED_BY.matcher(text.sentenceText(s).toLowerCase(Locale.ROOT)).find()
            ? backward(text, s)
            : text.span(text.normStart(s), text.normEnd(s));
    return new Span(back.start(), text.span(text.normStart(last), text.normEnd(last)).end());
  }

  /** The kind of frame an outlet mention opens, its speaker if named, and the text it covers. */
  private record OutletCue(FrameKind kind, @Nullable Mention src, Span scope) {}

  private static int lastIndexOfVerb(String before) {
    int i = before.lastIndexOf("told");
    return i >= 0 ? i : Math.max(0, before.lastIndexOf("tell"));
  }

  private static AttributionCue.ReportingFrame frame(
      Span span,
      Span scope,
      FrameKind kind,
      @Nullable Referent ref,
      @Nullable Mention src,
      List<String> via) {
    boolean named = ref == null ? kind != FrameKind.REPORTED || !via.isEmpty() : ref.named();
    String phrase =
        src instanceof SourceMention sm
            ? sm.text()
            : ref != null && !ref.named() ? ref.description() : null;
    return new AttributionCue.ReportingFrame(span, scope, kind, ref, phrase, via, named);
  }

  /** This sentence and the one before it in the paragraph ("This was stated by X."). */
  private static Span backward(SentencedText text, int s) {
    int from = s > 0 && text.paragraphOf(s - 1) == text.paragraphOf(s) ? s - 1 : s;
    return text.span(text.normStart(from), text.normEnd(s));
  }

  private static @Nullable Mention lastPersonBefore(
      SentencedText text, List<Mention> ms, int before) {
    Mention found = null;
    for (Mention m : ms) {
      if (text.aligned().normStart(m.span()) < before && m.isPerson()) {
        found = m;
      }
    }
    return found;
  }

  private static @Nullable Mention firstPersonAfter(SentencedText text, List<Mention> ms, int at) {
    for (Mention m : ms) {
      if (text.aligned().normStart(m.span()) >= at && m.isPerson()) {
        return m;
      }
    }
    return null;
  }

  private static @Nullable Mention firstAnyAfter(SentencedText text, List<Mention> ms, int at) {
    for (Mention m : ms) {
      int n = text.aligned().normStart(m.span());
      if (n >= at && n <= at + 6 && !(m instanceof RegionMention)) {
        return m;
      }
    }
    return null;
  }
}
