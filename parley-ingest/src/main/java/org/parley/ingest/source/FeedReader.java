package org.parley.ingest.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.html.HtmlPage;
import org.parley.ingest.text.DateReading;
import org.parley.ingest.text.Decoded;
import org.parley.ingest.text.StrictUtf8;
import org.parley.model.Document;

/**
 * Reads an RSS, RDF or Atom feed with ROME: one document per entry, its text from the entry's
 * content (HTML reduced to text) or else its description, its id the entry's GUID or Atom id, else
 * its link; the outlet is the feed's title. Dates are taken as UTC days.
 */
public final class FeedReader implements DocumentReader {
  private static final Pattern DECLARED =
      Pattern.compile("\\A\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)");

  private final ReadSettings settings;

  public FeedReader(ReadSettings settings) {
    this.settings = settings;
  }

  @Override
  public SourceCursor read(SourceInput input) throws IOException {
    byte[] bytes = input.readAll();
    Charset charset = declaredCharset(bytes);
    String xml;
    if (charset.equals(StandardCharsets.UTF_8)) {
      switch (StrictUtf8.decode(bytes)) {
        case Decoded.Invalid bad -> {
          return SourceCursor.of(input.name(), WholeText.invalid(input, bad));
        }
        case Decoded.Text text -> xml = text.text();
      }
    } else {
      xml = new String(bytes, charset);
    }
    SyndFeed feed;
    try {
      feed = FeedXml.parse(new StringReader(xml));
    } catch (FeedException | IllegalArgumentException e) {
      return SourceCursor.failed(
          input.name(),
          SkipReason.MALFORMED_RECORD,
          "not a readable RSS or Atom feed: " + e.getMessage());
    }
    return entries(input, feed);
  }

  /** One item per feed entry, numbered from 1 in feed order. */
  private SourceCursor entries(SourceInput input, SyndFeed feed) {
    Iterator<SyndEntry> entries = feed.getEntries().iterator();
    return new SourceCursor(input.name()) {
      private int n;

      @Override
      protected @Nullable SourceItem advance() {
        return entries.hasNext() ? item(input, feed, entries.next(), ++n) : null;
      }
    };
  }

  private SourceItem item(SourceInput input, SyndFeed feed, SyndEntry entry, int n) {
    String where = input.name() + " entry " + n;
    String text = text(entry);
    if (text.isBlank()) {
      return new SourceItem.Failed(
          where, SkipReason.NO_TEXT, "the entry has no content or description");
    }
    Dating dating = Dating.of(date(entry), settings, where);
    String given = entry.getUri() != null ? entry.getUri() : entry.getLink();
    String outlet =
        feed.getTitle() != null && !feed.getTitle().isBlank()
            ? feed.getTitle().strip()
            : settings.outlet();
    Document doc =
        Document.of(
            Ids.of(given, input.stem() + "#" + n),
            dating.date(),
            outlet,
            entry.getLink(),
            entry.getTitle() == null ? null : entry.getTitle().strip(),
            text);
    return new SourceItem.Parsed(doc, where, dating.notes());
  }

  private static String text(SyndEntry entry) {
    List<SyndContent> contents = entry.getContents();
    for (SyndContent c : contents) {
      String t = textOf(c);
      if (!t.isBlank()) {
        return t;
      }
    }
    return entry.getDescription() == null ? "" : textOf(entry.getDescription());
  }

  private static String textOf(SyndContent content) {
    String value = content.getValue() == null ? "" : content.getValue();
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    boolean html = type.contains("html") || value.contains("</") || value.contains("<p");
    return html ? HtmlPage.fragmentText(value) : value.strip();
  }

  private static DateReading date(SyndEntry entry) {
    Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return d == null
        ? new DateReading.Missing()
        : new DateReading.Known(d.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
  }

  /**
   * The charset the XML declaration names; UTF-8 when it names none, names UTF-8, or names UTF-16
   * or UTF-32 (whose byte-order mark {@link SourceInput#open()} has already turned into UTF-8), or
   * a charset this JDK lacks.
   */
  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = m.group(1).strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("utf-16") || name.startsWith("utf-32") || name.startsWith("utf16")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
