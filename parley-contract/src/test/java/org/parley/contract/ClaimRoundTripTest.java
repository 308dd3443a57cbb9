package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.Claim;
import org.parley.testkit.ClaimFixture;
import org.parley.testkit.SharedData;

class ClaimRoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ClaimReader reader = new ClaimReader();
  private final ClaimWriter writer = new ClaimWriter();

  @Test
  void everyGoldRecordSurvivesAReadAndWrite() throws IOException {
    Path gold = SharedData.require("gold");
    List<Path> files;
    try (Stream<Path> s = Files.list(gold)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    int records = 0;
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
      for (int i = 0; i < lines.size(); i++) {
        ReadResult r = reader.read(lines.get(i), file.getFileName() + ":" + (i + 1));
        assertThat(r).as("%s", r).isInstanceOf(ReadResult.Parsed.class);
        String written = writer.write(((ReadResult.Parsed) r).claim());
        assertThat(normalized(MAPPER.readTree(written)))
            .as("%s:%d", file.getFileName(), i + 1)
            .isEqualTo(normalized(MAPPER.readTree(lines.get(i))));
        records++;
      }
    }
    assertThat(records).isGreaterThanOrEqualTo(23);
  }

  @Test
  void writesKeysInTheContractsOrder() {
    String line = writer.write(ClaimFixture.demandDonbas());
    assertThat(line)
        .startsWith(
            "{\"schema\":\"parley.claim/1\",\"doc\":\"doc-demand\",\"kind\":\"demand\","
                + "\"holder\":\"RUS\",\"agent\":\"putin\",\"addressee\":\"USA\","
                + "\"provision\":{\"type\":\"territory.cede\",\"polarity\":\"for\","
                + "\"regions\":[\"UA-09\",\"UA-14\"],\"beneficiary\":\"RUS\"},"
                + "\"valid_time\":\"2025-08-15\",\"reported\":\"2025-08-21\"")
        .doesNotContain("\n");
  }

  @Test
  void fixturesOfEveryKindRoundTripExactly() {
    List<Claim> claims =
        List.of(
            ClaimFixture.demandDonbas(),
            ClaimFixture.offerFreeze(),
            ClaimFixture.rejectCession(),
            ClaimFixture.control("UA-09", 0.99, org.parley.model.Approx.NEARLY_ALL),
            ClaimFixture.statement("lavrov", "RUS", "never talked about it"),
            ClaimFixture.meeting("putin", "trump", "Alaska"));
    for (Claim c : claims) {
      ReadResult r = reader.read(writer.write(c), "fixture");
      assertThat(r).isEqualTo(new ReadResult.Parsed(c));
    }
  }

  /** Drops nulls (absent and null mean the same) and reads integral numbers as doubles. */
  private static JsonNode normalized(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = MAPPER.createObjectNode();
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        fields.add(it.next());
      }
      fields.stream()
          .filter(e -> !e.getValue().isNull())
          .filter(
              e -> !(e.getValue().isArray() && e.getValue().isEmpty() && !e.getKey().equals("via")))
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> out.set(e.getKey(), normalized(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = MAPPER.createArrayNode();
      node.forEach(n -> out.add(normalized(n)));
      return out;
    }
    if (node.isNumber() && !node.isInt()) {
      return MAPPER.getNodeFactory().numberNode(node.asDouble());
    }
    return node;
  }
}
