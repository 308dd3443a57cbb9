package org.parley.ingest.source;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.ingest.text.Decoded;
import org.parley.model.Document;
import org.parley.model.Span;

/**
 * Reads the founding article's format: a first line {@code date YYYY-MM-DD <site teaser>}, a blank
 * line, then paragraphs separated by blank lines. The document's text is the file exactly as read
 * (offsets point into it); its body starts at the first paragraph, so no claim is taken from the
 * header; the date comes from the header; the id is the file stem.
 */
public final class SeedReader implements DocumentReader {
  private static final Pattern HEADER = Pattern.compile("[ \\t]*date[ \\t]+(\\S+)[^\\n]*(\\n|\\z)");

  private final ReadSettings settings;

  public SeedReader(ReadSettings settings) {
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
    Matcher header = HEADER.matcher(text);
    if (!header.lookingAt()) {
      return new SourceItem.Failed(
          input.at(1), SkipReason.MALFORMED_RECORD, "no ' date YYYY-MM-DD' header on line 1");
    }
    int start = header.end();
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return new SourceItem.Failed(input.name(), SkipReason.NO_TEXT, "no text after the header");
    }
    Dating dating = Dating.of(header.group(1), settings, input.at(1));
    Document doc =
        Document.of(
                Ids.of(input.stem(), input.name()),
                dating.date(),
                settings.outlet(),
                null,
                null,
                text)
            .withBody(new Span(start, end));
    return new SourceItem.Parsed(doc, input.name(), dating.notes());
  }
}
