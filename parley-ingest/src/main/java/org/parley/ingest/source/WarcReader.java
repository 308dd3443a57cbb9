package org.parley.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.ingest.html.HtmlBytes;
import org.parley.ingest.html.HtmlPage;
import org.parley.ingest.text.Decoded;

/**
 * Reads a web archive with jwarc: every successful HTML response (or HTML resource record) is one
 * page, read as {@link HtmlPageReader} reads a saved page, with the target URI as id and URL.
 * Records that are not pages (requests, metadata, images, scripts, redirects, errors) are counted
 * and reported once, at the end, as {@link SkipReason#NOT_AN_ARTICLE}. The capture date is not a
 * publication date: a page that declares none has an unknown date.
 */
public final class WarcReader implements DocumentReader {
  private final ReadSettings settings;

  public WarcReader(ReadSettings settings) {
    this.settings = settings;
  }

  @Override
  public SourceCursor read(SourceInput input) throws IOException {
    InputStream in = input.open();
    org.netpreserve.jwarc.WarcReader warc;
    try {
      warc = new org.netpreserve.jwarc.WarcReader(in);
    } catch (IOException | IllegalArgumentException e) {
      in.close();
      return SourceCursor.failed(
          input.name(), SkipReason.MALFORMED_RECORD, "not a WARC file: " + e.getMessage());
    }
    return new Records(input, warc);
  }

  /** The pages of one archive, read one record at a time. */
  private final class Records extends SourceCursor {
    private final SourceInput input;
    private final org.netpreserve.jwarc.WarcReader warc;
    private final Map<String, Integer> passedOver = new TreeMap<>();
    private boolean ended;

    Records(SourceInput input, org.netpreserve.jwarc.WarcReader warc) {
      super(input.name());
      this.input = input;
      this.warc = warc;
    }

    @Override
    protected @Nullable SourceItem advance() throws IOException {
      while (!ended) {
        Optional<WarcRecord> next;
        try {
          next = warc.next();
        } catch (ParsingException e) {
          ended = true;
          return new SourceItem.Failed(
              input.name() + " at byte " + warc.position(),
              SkipReason.MALFORMED_RECORD,
              "WARC unreadable from here on: " + e.getMessage());
        }
        if (next.isEmpty()) {
          ended = true;
          return passedOver.isEmpty() ? null : summary();
        }
        SourceItem item = page(next.get());
        if (item != null) {
          return item;
        }
      }
      return null;
    }

    private @Nullable SourceItem page(WarcRecord record) throws IOException {
      if (record instanceof WarcResponse response
          && response.contentType().base().toString().equals("application/http")) {
        HttpResponse http = response.http();
        if (http.status() / 100 == 2 && isPage(http.contentType())) {
          byte[] body = bounded(http.bodyDecoded().stream(), response.target());
          return body == null
              ? tooLarge(response.target())
              : toItem(response.target(), body, http.contentType());
        }
        count("HTTP " + http.status() + " " + http.contentType().base() + " responses");
        return null;
      }
      if (record instanceof WarcResource resource && isPage(resource.contentType())) {
        byte[] body = bounded(resource.body().stream(), resource.target());
        return body == null
            ? tooLarge(resource.target())
            : toItem(resource.target(), body, resource.contentType());
      }
      count(record.type() + " records");
      return null;
    }

    /** The body, or {@code null} when it is larger than the per-record limit. */
    private byte @Nullable [] bounded(InputStream body, String target) throws IOException {
      long max = settings.limits().maxRecordBytes();
      byte[] bytes = body.readNBytes((int) max + 1);
      return bytes.length > max ? null : bytes;
    }

    private SourceItem tooLarge(String target) {
      return new SourceItem.Failed(
          input.name() + " " + target,
          SkipReason.TOO_LARGE,
          "the page is larger than %s (after content decoding); passed over"
              .formatted(settings.limits().recordLimit()));
    }

    private SourceItem toItem(String target, byte[] body, MediaType type) {
      String where = input.name() + " " + target;
      return switch (HtmlBytes.decode(body, type.parameters().get("charset"))) {
        case Decoded.Invalid bad ->
            new SourceItem.Failed(where, SkipReason.INVALID_UTF8, bad.describe());
        case Decoded.Text text ->
            HtmlPageReader.toItem(HtmlPage.parse(text.text(), target), target, where, settings);
      };
    }

    private static boolean isPage(MediaType type) {
      String base = type.base().toString();
      return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private void count(String label) {
      passedOver.merge(label, 1, Integer::sum);
    }

    private SourceItem summary() {
      int total = passedOver.values().stream().mapToInt(Integer::intValue).sum();
      String kinds =
          passedOver.entrySet().stream()
              .map(e -> e.getValue() + " " + e.getKey())
              .collect(Collectors.joining(", "));
      return new SourceItem.Failed(
          input.name(),
          SkipReason.NOT_AN_ARTICLE,
          "passed over %d records that are not pages: %s".formatted(total, kinds));
    }

    @Override
    public void close() throws IOException {
      warc.close();
    }
  }
}
