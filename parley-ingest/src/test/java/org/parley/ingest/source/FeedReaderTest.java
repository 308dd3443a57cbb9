package org.parley.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Articles;
import org.parley.model.Document;

class FeedReaderTest {
  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Harbour Post World</title>
          <link>https://harbour.example/world</link>
          <description>World news</description>
          <item>
            <title>Talks open in Geneva</title>
            <link>https://harbour.example/world/talks-open</link>
            <guid isPermaLink="false">hp-2023-0516-talks</guid>
            <pubDate>Tue, 16 May 2023 07:30:00 GMT</pubDate>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>Delegations met in Geneva on Tuesday.</p><p>A second round is planned.</p><div class="share">Share</div>]]></content:encoded>
          </item>
          <item>
            <title>Grain ships sail</title>
            <link>https://harbour.example/world/grain</link>
            <description>Shipping companies resumed grain exports on Friday.</description>
          </item>
          <item>
            <title>Picture gallery</title>
            <link>https://harbour.example/world/gallery</link>
          </item>
        </channel>
      </rss>
      """;

  static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Port Gazette</title>
        <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
        <updated>2022-08-05T07:00:00Z</updated>
        <entry>
          <title>Grain ships sail again</title>
          <link href="https://gazette.example/grain"/>
          <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
          <updated>2022-08-05T07:00:00Z</updated>
          <content type="html">&lt;p&gt;The first convoy of six ships left port.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  @TempDir Path dir;

  private final FeedReader reader = new FeedReader(ReadSettings.defaults());

  @Test
  void readsRssItemsWithTheirGuidContentAndDate() {
    List<SourceItem> items = Items.read(reader, Articles.write(dir, "world.rss", RSS));
    List<Document> docs = Items.documents(items);

    assertThat(docs)
        .extracting(d -> d.id().value(), Document::title, Document::date, Document::outlet)
        .containsExactly(
            tuple(
                "hp-2023-0516-talks",
                "Talks open in Geneva",
                LocalDate.of(2023, 5, 16),
                "Harbour Post World"),
            tuple(
                "https://harbour.example/world/grain",
                "Grain ships sail",
                null,
                "Harbour Post World"));
    assertThat(docs.getFirst().text())
        .isEqualTo("Delegations met in Geneva on Tuesday.\n\nA second round is planned.");
    assertThat(docs.get(1).text()).isEqualTo("Shipping companies resumed grain exports on Friday.");
    assertThat(Items.failures(items))
        .extracting(
            f -> f.where().substring(f.where().lastIndexOf('/') + 1), SourceItem.Failed::reason)
        .containsExactly(tuple("world.rss entry 3", SkipReason.NO_TEXT));
  }

  @Test
  void readsAtomEntries() {
    Document doc =
        Items.onlyParsed(Items.read(reader, Articles.write(dir, "gazette.atom", ATOM))).document();
    assertThat(doc.id().value()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
    assertThat(doc.url()).isEqualTo("https://gazette.example/grain");
    assertThat(doc.outlet()).isEqualTo("Port Gazette");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2022, 8, 5));
    assertThat(doc.text()).isEqualTo("The first convoy of six ships left port.");
  }

  @Test
  void aFileThatIsNoFeedIsMalformed() {
    SourceItem.Failed failed =
        Items.onlyFailed(Items.read(reader, Articles.write(dir, "x.rss", "<rss><channel><item>")));
    assertThat(failed.reason()).isEqualTo(SkipReason.MALFORMED_RECORD);
    assertThat(failed.detail()).startsWith("not a readable RSS or Atom feed");
  }
}
