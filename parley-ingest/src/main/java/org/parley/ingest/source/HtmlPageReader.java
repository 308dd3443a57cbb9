package org.parley.ingest.source;

import java.io.IOException;
import org.parley.ingest.html.HtmlBytes;
import org.parley.ingest.html.HtmlPage;
import org.parley.ingest.html.PageMetadata;
import org.parley.ingest.text.Decoded;
import org.parley.model.Document;

/**
 * Reads a saved web page as one document: the main text without page chrome, and the title, date,
 * outlet and URL the page declares. The id is the file stem. A page with no main text is a {@link
 * SkipReason#NO_TEXT} failure.
 */
public final class HtmlPageReader implements DocumentReader {
  private final ReadSettings settings;

  public HtmlPageReader(ReadSettings settings) {
    this.settings = settings;
  }

  @Override
  public SourceCursor read(SourceInput input) throws IOException {
    SourceItem item =
        switch (HtmlBytes.decode(input.readAll(), null)) {
          case Decoded.Invalid invalid -> WholeText.invalid(input, invalid);
          case Decoded.Text text ->
              toItem(HtmlPage.parse(text.text(), ""), input.stem(), input.name(), settings);
        };
    return SourceCursor.of(input.name(), item);
  }

  /** The document a parsed page makes, or why it makes none; shared with the WARC reader. */
  static SourceItem toItem(HtmlPage page, String id, String where, ReadSettings settings) {
    if (page.isEmpty()) {
      return new SourceItem.Failed(where, SkipReason.NO_TEXT, "the page has no main text");
    }
    PageMetadata meta = page.metadata();
    Dating dating = Dating.of(meta.date(), settings, where);
    String outlet = meta.outlet() != null ? meta.outlet() : settings.outlet();
    Document doc =
        Document.of(
            Ids.of(id, where), dating.date(), outlet, meta.url(), meta.title(), page.text());
    return new SourceItem.Parsed(doc, where, dating.notes());
  }
}
