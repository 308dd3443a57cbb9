package org.parley.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Approx;
import org.parley.model.Claim;
import org.parley.testkit.ClaimFixture;
import org.parley.testkit.SharedData;

class ClaimSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void writtenRecordsOfEveryKindValidateAgainstTheContractSchema() throws IOException {
    Path schemaFile = SharedData.require("contract/claims.schema.json");
    Schema schema = load(schemaFile);
    List<Claim> claims =
        List.of(
            ClaimFixture.demandDonbas(),
            ClaimFixture.offerFreeze(),
            ClaimFixture.rejectCession(),
            ClaimFixture.control("UA-14", 0.75, Approx.ABOUT),
            ClaimFixture.statement("a senior NATO defense official", "NATO", "Whatever helps"),
            ClaimFixture.meeting("putin", "trump", "Alaska"));
    ClaimWriter writer = new ClaimWriter();
    for (Claim c : claims) {
      List<Error> errors = schema.validate(MAPPER.readTree(writer.write(c)));
      assertThat(errors).as(c.kind().code()).isEmpty();
    }
  }

  /**
   * Loads the contract schema with its file as base URI: its {@code $id} ("parley.claim/1") is a
   * relative reference, which the validator resolves only against one.
   */
  private static Schema load(Path schemaFile) throws IOException {
    try (InputStream in = Files.newInputStream(schemaFile)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SchemaLocation.of(schemaFile.toUri().toString()), MAPPER.readTree(in));
    }
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() throws IOException {
    Path schemaFile = SharedData.require("contract/claims.schema.json");
    Schema schema = load(schemaFile);
    String bad = "{\"schema\":\"parley.claim/1\",\"doc\":\"d\",\"kind\":\"wish\"}";
    assertThat(schema.validate(MAPPER.readTree(bad))).isNotEmpty();
    assertThat(new ClaimReader().read(bad, "x:1")).isInstanceOf(ReadResult.Invalid.class);
  }
}
