package org.parley.language.golden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.language.AnalyzedDocument;
import org.parley.language.coref.Anaphor;
import org.parley.language.coref.Referent;
import org.parley.language.coref.Resolution;
import org.parley.language.cue.AttributionCue;
import org.parley.language.mention.ActorMention;
import org.parley.language.mention.Mention;
import org.parley.language.mention.OutletMention;
import org.parley.language.mention.PersonMention;
import org.parley.language.mention.RegionMention;
import org.parley.language.mention.RoleMention;
import org.parley.language.mention.SourceMention;
import org.parley.language.quote.Quotation;
import org.parley.language.quote.Speaker;
import org.parley.language.text.Sentence;
import org.parley.language.time.TimeExpression;
import org.parley.model.Span;

/** A stable JSON rendering of an analysis for golden files: fixed field order, quotes included. */
final class AnalysisJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnalysisJson() {}

  static String render(AnalyzedDocument a) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("paragraphs", a.paragraphs().size());
    root.put("sentences", a.sentences().stream().map(s -> sentence(a, s)).toList());
    root.put("mentions", a.mentions().stream().map(m -> mention(a, m)).toList());
    root.put("anaphors", a.anaphors().stream().map(x -> anaphor(a, x)).toList());
    root.put("quotations", a.quotations().stream().map(q -> quotation(a, q)).toList());
    root.put("times", a.times().stream().map(t -> time(a, t)).toList());
    root.put("cues", a.cues().stream().map(c -> cue(a, c)).toList());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> sentence(AnalyzedDocument a, Sentence s) {
    Map<String, Object> m = span(a, s.span());
    m.put("paragraph", s.paragraph());
    m.put("candidate", a.isCandidate(s));
    return m;
  }

  private static Map<String, Object> span(AnalyzedDocument a, Span s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", s.start());
    m.put("end", s.end());
    m.put("text", a.text(s));
    return m;
  }

  private static Map<String, Object> mention(AnalyzedDocument a, Mention x) {
    Map<String, Object> m = span(a, x.span());
    m.put("kind", x.kind().name());
    switch (x) {
      case PersonMention p -> {
        m.put("person", p.person().value());
        m.put("holder", str(p.holder()));
        m.put("role", p.role());
        m.put("known", p.known());
      }
      case ActorMention p -> {
        m.put("holder", p.holder().value());
        m.put("form", p.form().name());
        m.put("locative", p.locative());
        m.put("regions", p.regions().stream().map(Object::toString).toList());
      }
      case SourceMention p -> {
        m.put("holder", str(p.holder()));
        m.put("about", str(p.about()));
        m.put("plural", p.plural());
      }
      case OutletMention p -> m.put("outlet", p.name());
      case RoleMention p -> {
        m.put("role", p.role());
        m.put("holder", str(p.holder()));
      }
      case RegionMention p -> {
        m.put("reading", p.reading().name());
        m.put("regions", p.regions().stream().map(Object::toString).toList());
        if (!p.members().isEmpty()) {
          m.put("members", p.members().stream().map(r -> mention(a, r)).toList());
        }
      }
    }
    return m;
  }

  private static Map<String, Object> anaphor(AnalyzedDocument a, Anaphor x) {
    Map<String, Object> m = span(a, x.span());
    m.put("kind", x.kind().name());
    switch (x.resolution()) {
      case Resolution.Resolved r -> m.put("referent", referent(r.referent()));
      case Resolution.Unresolved u -> m.put("unresolved", u.reason());
    }
    return m;
  }

  private static Map<String, Object> referent(Referent r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("agent", r.agent());
    m.put("holder", str(r.holder()));
    m.put("named", r.named());
    return m;
  }

  private static Map<String, Object> quotation(AnalyzedDocument a, Quotation q) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quote", q.quote(a.document().text()));
    m.put("parts", q.contents().size());
    m.put("partial", q.partial());
    m.put("closed", q.closed());
    switch (q.speaker()) {
      case Speaker.Known k -> {
        Map<String, Object> s = referent(k.referent());
        s.put("cue", k.cue().name());
        s.put("mention", a.text(k.mention()));
        m.put("speaker", s);
      }
      case Speaker.Unknown u -> m.put("unknown", u.reason());
    }
    return m;
  }

  private static Map<String, Object> time(AnalyzedDocument a, TimeExpression t) {
    Map<String, Object> m = span(a, t.span());
    m.put("value", t.value().toString());
    m.put("modifier", t.modifier().name());
    m.put("window", t.earliest() + ".." + t.latest());
    m.put("reporting", t.reporting());
    return m;
  }

  private static Map<String, Object> cue(AnalyzedDocument a, AttributionCue c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", c.getClass().getSimpleName());
    m.put("text", a.text(c.span()));
    m.put("status", c.status().code());
    m.put("scope", a.text(c.scope()));
    if (c instanceof AttributionCue.ReportingFrame f) {
      m.put("kind", f.kind().name());
      m.put("via", new ArrayList<>(f.via()));
      m.put("source", f.sourcePhrase());
      m.put("named", f.named());
      m.put("agent", f.source() == null ? null : f.source().agent());
    }
    return m;
  }

  private static Object str(Object o) {
    return o == null ? null : o.toString();
  }
}
