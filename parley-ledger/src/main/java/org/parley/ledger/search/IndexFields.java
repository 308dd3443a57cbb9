package org.parley.ledger.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.parley.ledger.DocumentVersion;
import org.parley.ledger.LedgerEntry;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Meeting;
import org.parley.model.Position;
import org.parley.model.Statement;

/** How ledger documents and claims become Lucene documents. */
final class IndexFields {
  static final String TYPE = "type";
  static final String ID = "id";
  static final String DOC = "doc";
  static final String HASH = "hash";
  static final String RECORDED = "recorded";
  static final String TEXT = "text";
  static final String CLAIM = "claim";
  static final String DOCUMENT = "document";

  private IndexFields() {}

  static Document of(DocumentVersion v, long recordedMicros) {
    org.parley.model.Document d = v.document();
    Document out = new Document();
    out.add(new StringField(TYPE, DOCUMENT, Field.Store.YES));
    out.add(new StringField(ID, d.id().value() + "@" + d.contentHash(), Field.Store.NO));
    out.add(new StringField(DOC, d.id().value(), Field.Store.YES));
    out.add(new StringField(HASH, d.contentHash(), Field.Store.YES));
    recorded(out, recordedMicros);
    out.add(
        new TextField(
            TEXT, (d.title() == null ? "" : d.title() + "\n") + d.text(), Field.Store.NO));
    return out;
  }

  static Document of(LedgerEntry e, long recordedMicros) {
    Document out = new Document();
    out.add(new StringField(TYPE, CLAIM, Field.Store.YES));
    out.add(new StringField(ID, e.id().toString(), Field.Store.YES));
    out.add(new StringField(DOC, e.claim().doc().value(), Field.Store.YES));
    recorded(out, recordedMicros);
    out.add(new TextField(TEXT, searchableText(e.claim()), Field.Store.NO));
    return out;
  }

  /** The evidence text and what the claim is about, in words. */
  static String searchableText(Claim claim) {
    String evidence = claim.provenance().evidence().text();
    String about =
        switch (claim) {
          case Position p ->
              p.provision().type().code().replace('.', ' ')
                  + " "
                  + p.provision().type().description()
                  + " "
                  + (p.provision().detail() == null ? "" : p.provision().detail());
          case Control c -> "control " + c.regions();
          case Statement s -> s.quote();
          case Meeting m ->
              "meeting " + m.participants() + " " + (m.place() == null ? "" : m.place());
        };
    return (evidence == null ? "" : evidence) + "\n" + claim.kind().code() + " " + about;
  }

  private static void recorded(Document out, long micros) {
    out.add(new LongPoint(RECORDED, micros));
    out.add(new StoredField(RECORDED, micros));
  }
}
