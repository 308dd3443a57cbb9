package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.extract.context.DocContext;
import org.parley.extract.context.SentenceWords;
import org.parley.kb.Actor;
import org.parley.kb.KnowledgeBase;
import org.parley.language.coref.Referent;
import org.parley.language.quote.Speaker;

/**
 * The features of statement candidates for the model that decides whether a quotation bears on the
 * war. They are few and general, since the gold is small: the topics ({@link TopicLexicon}) of the
 * quoted words, of their sentence and of the whole document; who the speaker is (a person the
 * knowledge base knows, one it lacks, an unnamed source, a party or body; the kind of party; words
 * that introduce the person as an outsider: "analyst", "former", a company's "chief executive");
 * how the quotation is attributed and shaped (its length, whether it is a fragment, a term or a
 * name, whether it speaks in the first person); and what the rules decide. Stateless.
 */
final class StatementFeatures {
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "our", "us", "my", "me");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "'s", "its", "their");
  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been");

  private final KnowledgeBase kb;
  private final TopicLexicon topics;

  StatementFeatures(KnowledgeBase kb, TopicLexicon topics) {
    this.kb = kb;
    this.topics = topics;
  }

  /** The features of each candidate, in order. */
  List<List<String>> of(
      DocContext ctx,
      SpeakerMentions mentions,
      List<StatementCandidate> candidates,
      boolean about) {
    List<String> doc = document(ctx, about);
    List<List<String>> out = new ArrayList<>();
    for (StatementCandidate c : candidates) {
      List<String> f = new ArrayList<>(doc);
      f.add("rules:" + c.strict());
      shape(ctx, c, f);
      topicsOf(c, ctx, f);
      speaker(ctx, mentions, c.speaker(), f);
      out.add(f);
    }
    return out;
  }

  private List<String> document(DocContext ctx, boolean about) {
    List<String> f = new ArrayList<>();
    f.add("bias");
    f.add("doc-about:" + about);
    f.add("outlet:" + outlet(ctx));
    int n = ctx.sentenceCount();
    Map<String, Integer> sentences = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      SentenceWords w = ctx.words(i);
      topics.count(w).keySet().forEach(t -> sentences.merge(t, 1, Integer::sum));
    }
    for (String t : topics.topics()) {
      double share = n == 0 ? 0 : sentences.getOrDefault(t, 0) / (double) n;
      f.add(
          "doc-"
              + t
              + ":"
              + (share == 0 ? 0 : share < 0.1 ? 1 : share < 0.25 ? 2 : share < 0.5 ? 3 : 4));
    }
    return f;
  }

  private static void shape(DocContext ctx, StatementCandidate c, List<String> f) {
    int n = c.words();
    f.add("len:" + (n < 3 ? "2" : n < 6 ? "3-5" : n < 16 ? "6-15" : n < 40 ? "16-39" : "40+"));
    f.add("parts:" + Math.min(3, c.parts().size()));
    boolean partial = c.parts().get(0).partial();
    f.add("partial:" + partial);
    String text = ctx.document().text();
    f.add("said-or-called:" + QuotedSpeech.isSaidOrCalled(text, c.span()));
    f.add("term:" + QuotedSpeech.isTerm(text, c.span()));
    f.add("name:" + QuotedSpeech.isName(c.quote()));
    SentenceWords q = words(c.quote());
    f.add("first-person:" + q.stems().stream().anyMatch(FIRST_PERSON::contains));
    f.add("question:" + c.quote().contains("?"));
    if (partial) {
      int at = ctx.norm(c.span());
      SentenceWords before = SentenceWords.of(ctx.text(), Math.max(0, at - 30), at);
      String prev = before.stem(before.size() - 1);
      f.add(
          "prev:"
              + (ARTICLES.contains(prev) ? "article" : COPULAS.contains(prev) ? "copula" : prev));
      f.add("len|partial:" + Math.min(n, 6));
    }
  }

  private void topicsOf(StatementCandidate c, DocContext ctx, List<String> f) {
    topics.count(words(c.quote())).forEach((t, k) -> f.add("q-" + t + ":" + Math.min(k, 2)));
    int first = ctx.sentenceAt(ctx.norm(c.span()));
    int last = ctx.sentenceAt(Math.max(0, ctx.normEnd(c.span()) - 1));
    SentenceWords words =
        first == last
            ? ctx.words(first)
            : SentenceWords.of(ctx.text(), ctx.sentenceStart(first), ctx.sentenceEnd(last));
    topics.count(words).forEach((t, k) -> f.add("s-" + t + ":" + Math.min(k, 3)));
  }

  private void speaker(DocContext ctx, SpeakerMentions mentions, Speaker.Known k, List<String> f) {
    Referent r = k.referent();
    f.add("cue:" + k.cue());
    SpeakerProfile p = SpeakerProfile.of(ctx, mentions, r, kb);
    f.add("who:" + p.kind());
    f.add("who:" + p.kind() + "|holder:" + (r.holder() != null));
    f.add("who:" + p.kind() + "|voice:" + StatementCandidates.isPartyVoice(r));
    if (r.holder() != null) {
      f.add("holder:" + r.holder().value());
      f.add("holder-type:" + kb.actor(r.holder()).map(Actor::type).map(Enum::name).orElse("?"));
    }
    f.add("former:" + StatementCandidates.isFormerNear(ctx.document().text(), k));
    f.add("outsider:" + !p.outsiderWords().isEmpty() + "|" + p.kind());
  }

  private static SentenceWords words(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return SentenceWords.of(lower, 0, lower.length());
  }

  /** "office" for a text a party's press office published (the knowledge base's offices). */
  private static String outlet(DocContext ctx) {
    return ctx.publisher().isPresent() ? "office" : "press";
  }
}
