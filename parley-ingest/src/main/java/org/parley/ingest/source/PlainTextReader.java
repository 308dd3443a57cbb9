package org.parley.ingest.source;

import java.io.IOException;
import org.parley.ingest.text.Decoded;
import org.parley.model.Document;

/**
 * Reads a plain UTF-8 text file as one document whose whole text is prose. The date is the run's
 * {@code --date} or unknown (with a warning), never guessed from the text; the id is the file stem.
 */
public final class PlainTextReader implements DocumentReader {
  private final ReadSettings settings;

  public PlainTextReader(ReadSettings settings) {
    this.settings = settings;
  }

  @Override
  public SourceCursor read(SourceInput input) throws IOException {
    SourceItem item =
        switch (WholeText.read(input)) {
          case Decoded.Invalid invalid -> WholeText.invalid(input, invalid);
          case Decoded.Text text -> parse(input, text.text());
        };
    return SourceCursor.of(input.name(), item);
  }

  private SourceItem parse(SourceInput input, String text) {
    if (text.isBlank()) {
      return new SourceItem.Failed(input.name(), SkipReason.NO_TEXT, "the file holds no text");
    }
    Dating dating = Dating.of((String) null, settings, input.name());
    Document doc =
        Document.of(
            Ids.of(input.stem(), input.name()), dating.date(), settings.outlet(), null, null, text);
    return new SourceItem.Parsed(doc, input.name(), dating.notes());
  }
}
