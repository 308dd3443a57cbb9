package org.parley.bench.language;

import java.util.Map;
import java.util.function.Supplier;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.parley.bench.BenchStage;
import org.parley.bench.BenchStageProvider;
import org.parley.language.AnalyzedDocument;
import org.parley.language.LanguageLayer;
import org.parley.language.text.OpenNlpModels;
import org.parley.language.text.Sentence;
import org.parley.model.Document;

/**
 * The language layer's stages: {@code language} (the whole analysis), {@code language+pos} (plus
 * tokens and tags for every sentence the pre-pass selects), and the baselines {@code
 * opennlp-sentences} (sentence detection) and {@code opennlp-pos} (sentences, tokens and tags over
 * the whole text, what a layer without a pre-pass would pay). Compare with {@code ./bench --corpus
 * … --baseline opennlp-pos --stage language --stage language+pos}.
 */
public final class LanguageStages implements BenchStageProvider {
  @Override
  public Map<String, Supplier<BenchStage>> stages() {
    return Map.of(
        "language", () -> new Layer(false),
        "language+pos", () -> new Layer(true),
        "opennlp-sentences", () -> new BareOpenNlp(false),
        "opennlp-pos", () -> new BareOpenNlp(true));
  }

  /** The language layer; with {@code tag}, also the tokens of the selected sentences. */
  private static final class Layer implements BenchStage {
    private final LanguageLayer layer = LanguageLayer.loadDefault();
    private final boolean tag;

    Layer(boolean tag) {
      this.tag = tag;
    }

    @Override
    public long process(Document document) {
      AnalyzedDocument a = layer.analyze(document);
      long n =
          a.sentences().size()
              + a.mentions().size()
              + a.quotations().size()
              + a.times().size()
              + a.cues().size();
      if (tag) {
        for (Sentence s : a.candidateSentences()) {
          n += a.tokens(s).size();
        }
      }
      return n;
    }

    @Override
    public String unit() {
      return tag ? "annotations+tokens" : "annotations";
    }
  }

  /** OpenNLP alone over the whole text: sentences, and with {@code pos} tokens and tags. */
  private static final class BareOpenNlp implements BenchStage {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final boolean pos;

    BareOpenNlp(boolean pos) {
      OpenNlpModels models = OpenNlpModels.fromClasspath();
      this.sentences = new SentenceDetectorME(models.sentences());
      this.tokenizer = new TokenizerME(models.tokens());
      this.tagger = new POSTaggerME(models.partsOfSpeech());
      this.pos = pos;
    }

    @Override
    public long process(Document document) {
      String text = document.bodyText();
      long n = 0;
      for (Span s : sentences.sentPosDetect(text)) {
        if (!pos) {
          n++;
          continue;
        }
        String[] tokens = tokenizer.tokenize(s.getCoveredText(text).toString());
        n += tagger.tag(tokens).length;
      }
      return n;
    }

    @Override
    public String unit() {
      return pos ? "tokens" : "sentences";
    }
  }
}
