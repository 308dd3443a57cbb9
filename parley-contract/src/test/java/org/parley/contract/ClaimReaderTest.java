package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Demand;
import org.parley.model.Polarity;
import org.parley.model.ProvisionType;

class ClaimReaderTest {
  private final ClaimReader reader = new ClaimReader();

  @Test
  void readsAMinimalDemand() {
    ReadResult r =
        reader.read(
            "{\"schema\":\"parley.claim/1\",\"doc\":\"d1\",\"kind\":\"demand\",\"holder\":\"RUS\","
                + "\"provision\":{\"type\":\"alliance.nato\",\"polarity\":\"against\"},"
                + "\"unknown_key\":42,\"addressee\":null}",
            "d1.jsonl:1");
    assertThat(r).isInstanceOf(ReadResult.Parsed.class);
    Demand d = (Demand) ((ReadResult.Parsed) r).claim();
    assertThat(d.provision().type()).isEqualTo(ProvisionType.ALLIANCE_NATO);
    assertThat(d.provision().polarity()).isEqualTo(Polarity.AGAINST);
    assertThat(d.addressee()).isNull();
    assertThat(d.provenance().evidence().spans()).isEmpty();
  }

  @Test
  void namesTheLineAndTheProblem() {
    assertThat(reader.read("{not json", "gold.jsonl:7").toString())
        .startsWith("gold.jsonl:7: not JSON");
    assertThat(
            reader
                .read("{\"schema\":\"parley.claim/1\",\"doc\":\"d\",\"kind\":\"demand\"}", "f:2")
                .toString())
        .isEqualTo("f:2: missing required field 'holder'");
    assertThat(
            reader
                .read(
                    "{\"schema\":\"parley.claim/1\",\"doc\":\"d\",\"kind\":\"control\","
                        + "\"holder\":\"Russia\",\"regions\":[\"UA-09\"],"
                        + "\"measure\":{\"approx\":\"all\"}}",
                    "f:3")
                .toString())
        .contains("f:3")
        .contains("'Russia'");
  }

  @Test
  void rejectsAnotherSchemaVersion() {
    assertThat(
            reader.read(
                "{\"schema\":\"parley.claim/2\",\"doc\":\"d\",\"kind\":\"meeting\"}", "f:1"))
        .isInstanceOf(ReadResult.Invalid.class)
        .asString()
        .contains("parley.claim/1");
  }
}
