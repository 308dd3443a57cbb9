package org.parley.spark.admit;

import java.util.Iterator;
import java.util.List;
import org.parley.contract.DocumentJson;
import org.parley.ingest.Admission;
import org.parley.ingest.IngestEvent;
import org.parley.ingest.IngestOptions;
import org.parley.ingest.source.SourceItem;
import org.parley.spark.read.ItemRow;
import org.parley.spark.read.NoteRow;

/**
 * One admission over a partition's items in reading order, lazily: each item becomes its outcome.
 * Not thread-safe.
 */
final class Deciding implements Iterator<OutcomeRow> {
  private final Iterator<ItemRow> items;
  private final Admission admission;
  private final DocumentJson json = new DocumentJson();

  Deciding(Iterator<ItemRow> items, IngestOptions options) {
    this.items = items;
    this.admission = new Admission(options);
  }

  @Override
  public boolean hasNext() {
    return items.hasNext();
  }

  @Override
  public OutcomeRow next() {
    return switch (items.next()) {
      case ItemRow.Failed f -> new OutcomeRow.Skipped(f.seq(), f.where(), f.reason(), f.detail());
      case ItemRow.Parsed p -> decide(p);
    };
  }

  private OutcomeRow decide(ItemRow.Parsed p) {
    SourceItem.Parsed item =
        new SourceItem.Parsed(
            json.read(p.document()).document(),
            p.where(),
            p.notes().stream().map(NoteRow::diagnostic).toList());
    return switch (admission.admit(item, p.facts().facts())) {
      case IngestEvent.Read r ->
          new OutcomeRow.Read(p.seq(), p.where(), p.id(), p.document(), notes(r));
      case IngestEvent.Duplicate d ->
          new OutcomeRow.Duplicate(
              p.seq(), p.where(), p.id(), d.canonical().value(), d.exact(), d.similarity());
      case IngestEvent.Skipped s ->
          new OutcomeRow.Skipped(p.seq(), s.where(), s.reason().name(), s.detail());
    };
  }

  private static List<NoteRow> notes(IngestEvent.Read r) {
    return r.notes().stream().map(NoteRow::of).toList();
  }
}
