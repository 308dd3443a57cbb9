package org.parley.ledger.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.parley.ledger.EntryId;
import org.parley.ledger.LedgerEntry;
import org.parley.ledger.LedgerSnapshot;
import org.parley.model.Document;
import org.parley.model.DocumentId;

/**
 * One search over one reader: Lucene finds candidates recorded by the snapshot's instant, and the
 * snapshot decides which of them it holds (claims not superseded, the document's current version).
 */
final class IndexSearch {
  /** Candidates fetched per wanted hit, since some are filtered out by the snapshot. */
  private static final int OVERFETCH = 4;

  private static final int SNIPPET = 90;

  private final DirectoryReader reader;
  private final Analyzer analyzer;

  IndexSearch(DirectoryReader reader, Analyzer analyzer) {
    this.reader = reader;
    this.analyzer = analyzer;
  }

  List<SearchHit> search(String text, LedgerSnapshot snapshot, int limit, long asOfMicros)
      throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(parse(text), BooleanClause.Occur.MUST)
            .add(
                LongPoint.newRangeQuery(IndexFields.RECORDED, Long.MIN_VALUE, asOfMicros),
                BooleanClause.Occur.FILTER)
            .build();
    IndexSearcher searcher = new IndexSearcher(reader);
    ScoreDoc[] top = searcher.search(query, limit * OVERFETCH + 16).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<org.apache.lucene.document.Document> docs = new ArrayList<>();
    for (ScoreDoc sd : top) {
      docs.add(stored.document(sd.doc));
    }
    Map<EntryId, LedgerEntry> visible = visibleClaims(docs, snapshot);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < top.length && hits.size() < limit; i++) {
      hit(docs.get(i), top[i].score, snapshot, visible, words(text)).ifPresent(hits::add);
    }
    return hits;
  }

  /** The query, every word required unless it says otherwise; a clear error if it is malformed. */
  private Query parse(String text) {
    QueryParser parser = new QueryParser(IndexFields.TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "cannot parse search query '"
              + text
              + "': "
              + e.getMessage().lines().findFirst().orElse(""),
          e);
    }
  }

  /** The claims among the hit documents that the snapshot still shows, by entry id. */
  private static Map<EntryId, LedgerEntry> visibleClaims(
      List<org.apache.lucene.document.Document> docs, LedgerSnapshot snapshot) {
    List<EntryId> claimIds = new ArrayList<>();
    for (var d : docs) {
      if (IndexFields.CLAIM.equals(d.get(IndexFields.TYPE))) {
        claimIds.add(new EntryId(Long.parseLong(d.get(IndexFields.ID))));
      }
    }
    Map<EntryId, LedgerEntry> visible = new HashMap<>();
    snapshot.claimsById(claimIds).forEach(e -> visible.put(e.id(), e));
    return visible;
  }

  private static Optional<SearchHit> hit(
      org.apache.lucene.document.Document d,
      float score,
      LedgerSnapshot snapshot,
      Map<EntryId, LedgerEntry> visible,
      List<String> words) {
    DocumentId doc = new DocumentId(d.get(IndexFields.DOC));
    if (IndexFields.CLAIM.equals(d.get(IndexFields.TYPE))) {
      LedgerEntry e = visible.get(new EntryId(Long.parseLong(d.get(IndexFields.ID))));
      return Optional.ofNullable(e)
          .map(
              entry ->
                  new SearchHit(
                      doc,
                      entry,
                      null,
                      snippet(
                          IndexFields.searchableText(entry.claim()).lines().findFirst().orElse(""),
                          words),
                      score));
    }
    Optional<Document> current = snapshot.document(doc);
    return current
        .filter(c -> c.contentHash().equals(d.get(IndexFields.HASH)))
        .map(c -> new SearchHit(doc, null, c.title(), snippet(c.text(), words), score));
  }

  private static List<String> words(String query) {
    List<String> out = new ArrayList<>();
    for (String w : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2 && !w.equals("and") && !w.equals("not")) {
        out.add(w.length() > 5 ? w.substring(0, w.length() - 2) : w);
      }
    }
    return out;
  }

  /** The text around the first query word it contains, on one line. */
  static String snippet(String text, List<String> words) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
    int from = Math.max(0, at - SNIPPET / 2);
    int to = Math.min(text.length(), from + SNIPPET * 2);
    String cut = text.substring(from, to).replaceAll("\\s+", " ").strip();
    return (from > 0 ? "…" : "") + cut + (to < text.length() ? "…" : "");
  }
}
