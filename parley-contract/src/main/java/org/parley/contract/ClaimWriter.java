package org.parley.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.model.ActorId;
import org.parley.model.Attribution;
import org.parley.model.Claim;
import org.parley.model.Control;
import org.parley.model.Measure;
import org.parley.model.Meeting;
import org.parley.model.Position;
import org.parley.model.Provenance;
import org.parley.model.Provision;
import org.parley.model.RegionId;
import org.parley.model.Span;
import org.parley.model.Statement;

/**
 * Writes claims as {@code parley.claim/1} JSON, one object per line, keys in the contract's order
 * and absent values left out, so that the same claim always gives the same bytes. Stateless and
 * thread-safe.
 */
public final class ClaimWriter {
  /** The contract version every record carries. */
  public static final String SCHEMA = "parley.claim/1";

  private static final JsonFactory FACTORY = new JsonFactory();

  /** One JSON object, without a line break. */
  public String write(Claim claim) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("doc", claim.doc().value());
      g.writeStringField("kind", claim.kind().code());
      writeContent(g, claim);
      writeProvenance(g, claim.provenance());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a claim to a string", e);
    }
    return out.toString();
  }

  private static void writeContent(JsonGenerator g, Claim claim) throws IOException {
    actor(g, "holder", claim.holder());
    string(g, "agent", claim.agent());
    switch (claim) {
      case Position p -> {
        actor(g, "addressee", p.addressee());
        writeProvision(g, p.provision());
      }
      case Control c -> {
        regions(g, "regions", c.regions());
        writeMeasure(g, c.measure());
      }
      case Statement s -> g.writeStringField("quote", s.quote());
      case Meeting m -> {
        g.writeArrayFieldStart("participants");
        for (ActorId a : m.participants()) {
          g.writeString(a.value());
        }
        g.writeEndArray();
        string(g, "place", m.place());
      }
    }
  }

  private static void writeProvision(JsonGenerator g, Provision p) throws IOException {
    g.writeObjectFieldStart("provision");
    g.writeStringField("type", p.type().code());
    g.writeStringField("polarity", p.polarity().code());
    if (!p.regions().isEmpty()) {
      regions(g, "regions", p.regions());
    }
    actor(g, "beneficiary", p.beneficiary());
    string(g, "detail", p.detail());
    g.writeEndObject();
  }

  private static void writeMeasure(JsonGenerator g, Measure m) throws IOException {
    g.writeObjectFieldStart("measure");
    if (m.share() != null) {
      g.writeNumberField("share", m.share());
    }
    if (m.areaKm2() != null) {
      g.writeNumberField("area_km2", m.areaKm2());
    }
    g.writeStringField("approx", m.approx().code());
    g.writeEndObject();
  }

  private static void writeProvenance(JsonGenerator g, Provenance p) throws IOException {
    string(g, "valid_time", p.validTime() == null ? null : p.validTime().toString());
    string(g, "reported", p.reported() == null ? null : p.reported().toString());
    writeAttribution(g, p.attribution());
    string(g, "status", p.status() == null ? null : p.status().code());
    if (p.confidence() != null) {
      g.writeNumberField("confidence", p.confidence());
    }
    string(g, "rule", p.rule());
    g.writeArrayFieldStart("evidence");
    for (Span s : p.evidence().spans()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    string(g, "text", p.evidence().text());
  }

  private static void writeAttribution(JsonGenerator g, @Nullable Attribution a)
      throws IOException {
    if (a == null) {
      return;
    }
    g.writeObjectFieldStart("attribution");
    g.writeArrayFieldStart("via");
    for (String v : a.via()) {
      g.writeString(v);
    }
    g.writeEndArray();
    g.writeFieldName("source");
    if (a.source() == null) {
      g.writeNull();
    } else {
      g.writeString(a.source());
    }
    if (a.named() != null) {
      g.writeBooleanField("named", a.named());
    }
    g.writeEndObject();
  }

  private static void regions(JsonGenerator g, String field, List<RegionId> regions)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (RegionId r : regions) {
      g.writeString(r.value());
    }
    g.writeEndArray();
  }

  private static void actor(JsonGenerator g, String field, @Nullable ActorId actor)
      throws IOException {
    if (actor != null) {
      g.writeStringField(field, actor.value());
    }
  }

  private static void string(JsonGenerator g, String field, @Nullable String value)
      throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }
}
