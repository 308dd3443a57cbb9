package org.parley.ingest.source;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import java.io.Reader;

/**
 * Parses RSS and Atom with ROME so that a DOCTYPE is accepted (RSS 0.91 declares one) while no
 * external DTD or entity is ever fetched: ROME resolves each of them to nothing, and the JDK's
 * parser caps entity expansion, so a billion-laughs feed fails instead of filling the heap.
 * Stateless and thread-safe.
 */
public final class FeedXml {
  private static final String DISALLOW_DOCTYPE =
      "http://apache.org/xml/features/disallow-doctype-decl";

  private FeedXml() {}

  /** The feed {@code xml} holds; fails with ROME's message when it is not a readable feed. */
  public static SyndFeed parse(Reader xml) throws FeedException {
    return new SyndFeedImpl(new DoctypeTolerantInput().build(xml), false);
  }

  /** A ROME input that says "doctypes allowed" to every parser it makes, not only by omission. */
  private static final class DoctypeTolerantInput extends WireFeedInput {
    DoctypeTolerantInput() {
      setAllowDoctypes(true);
    }

    @Override
    protected SAXBuilder createSAXBuilder() {
      SAXBuilder builder = super.createSAXBuilder();
      // with doctypes allowed ROME leaves this feature unset, and a parser that an earlier
      // WireFeedInput (one that disallowed doctypes) configured in this thread keeps refusing them
      builder.setFeature(DISALLOW_DOCTYPE, false);
      return builder;
    }
  }
}
