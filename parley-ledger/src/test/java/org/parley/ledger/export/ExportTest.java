package org.parley.ledger.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.ledger.LedgerFixture.V1;
import static org.parley.ledger.LedgerFixture.control;
import static org.parley.ledger.LedgerFixture.demand;
import static org.parley.ledger.LedgerFixture.document;
import static org.parley.ledger.LedgerFixture.extraction;
import static org.parley.ledger.LedgerFixture.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.contract.ClaimReader;
import org.parley.contract.ReadResult;
import org.parley.ledger.ClaimLedger;
import org.parley.ledger.ClaimQuery;
import org.parley.ledger.LedgerDatabase;
import org.parley.ledger.jdbc.JdbiClaimLedger;
import org.parley.model.Claim;
import org.parley.model.ProvisionType;
import org.parley.testkit.SharedData;

class ExportTest {
  private static final String BOUNDARIES =
      """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"shapeISO": "UA-09"},
         "geometry": {"type": "Polygon", "coordinates": [[[38,48],[40,48],[40,50],[38,48]]]}},
        {"type": "Feature", "properties": {"shapeISO": "UA-14"},
         "geometry": {"type": "Polygon", "coordinates": [[[36,47],[38,47],[38,49],[36,47]]]}}
      ]}
      """;

  @RegisterExtension final LedgerDatabase db = LedgerDatabase.sqlite();
  private ClaimLedger ledger;
  private List<Claim> claims;

  @BeforeEach
  void fill() {
    ledger = JdbiClaimLedger.open(db.location());
    claims =
        List.of(
            demand("a", "RUS", ProvisionType.TERRITORY_CEDE, "2025-08-15", "UA-09", "UA-14"),
            control("a", "RUS", "UA-09", 0.99, "2025-08"),
            meeting("a", "2025-08-15", "putin", "trump"));
    ledger.append(
        extraction(
            document("a", "2025-08-21", "Moscow wants, and \"holds\", a lot."),
            V1,
            claims.toArray(Claim[]::new)));
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  @Test
  void jsonlIsTheContractAndReadsBackToTheSameClaims() {
    StringWriter out = new StringWriter();

    long n = new JsonlExport().write(ledger.latest(), ClaimQuery.all(), out);

    assertThat(n).isEqualTo(3);
    List<Claim> back =
        out.toString()
            .lines()
            .map(l -> ((ReadResult.Parsed) new ClaimReader().read(l, "export")).claim())
            .toList();
    assertThat(back).isEqualTo(claims);
  }

  @Test
  void csvHasAHeaderAndOneRowPerClaim() throws Exception {
    StringWriter out = new StringWriter();

    new CsvExport().write(ledger.latest(), ClaimQuery.all(), out);

    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("provision_type")).isEqualTo("territory.cede");
    assertThat(rows.get(0).get("regions")).isEqualTo("UA-09;UA-14");
    assertThat(rows.get(1).get("share")).isEqualTo("0.99");
    assertThat(rows.get(2).get("participants")).isEqualTo("putin;trump");
    assertThat(rows.get(0).get("evidence")).isEqualTo("0-12");
    assertThat(rows.get(0).get("outlet")).isEqualTo("Test Wire");
  }

  @Test
  void geojsonJoinsControlClaimsToTheirRegionGeometry() throws Exception {
    Path file = db.folder().resolve("boundaries.geojson");
    Files.writeString(file, BOUNDARIES);
    StringWriter out = new StringWriter();

    GeoJsonExport.Written n =
        new GeoJsonExport()
            .write(
                ledger.latest(),
                ClaimQuery.all(),
                Boundaries.read(file, Boundaries.SHAPE_ISO),
                out);

    assertThat(n.features()).isEqualTo(1);
    assertThat(n.leftOut()).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    JsonNode feature = root.get("features").get(0);
    assertThat(feature.at("/geometry/type").asText()).isEqualTo("Polygon");
    assertThat(feature.at("/geometry/coordinates/0/1/0").asDouble()).isEqualTo(40);
    assertThat(feature.at("/properties/holder").asText()).isEqualTo("RUS");
    assertThat(feature.at("/properties/share").asDouble()).isEqualTo(0.99);
  }

  @Test
  void aClaimWithoutAnyGeometryIsLeftOutAndCountedNeverWrittenWithoutOne() throws Exception {
    Path file = db.folder().resolve("boundaries.geojson");
    Files.writeString(file, BOUNDARIES.replace("UA-09", "UA-99"));
    StringWriter out = new StringWriter();

    GeoJsonExport.Written n =
        new GeoJsonExport()
            .write(
                ledger.latest(),
                ClaimQuery.all(),
                Boundaries.read(file, Boundaries.SHAPE_ISO),
                out);

    assertThat(n.features()).isZero();
    assertThat(n.leftOut()).isEqualTo(1);
    assertThat(n.missing()).containsExactly("UA-09");
    assertThat(new ObjectMapper().readTree(out.toString()).get("features")).isEmpty();
  }

  @Test
  void givenPlacePointsAMeetingIsAPointAndAnUnknownPlaceIsLeftOutAndCounted() throws Exception {
    Path file = db.folder().resolve("boundaries.geojson");
    Files.writeString(file, BOUNDARIES);
    Boundaries boundaries = Boundaries.read(file, Boundaries.SHAPE_ISO);
    PlacePoints alaska =
        place ->
            place.equals("Alaska")
                ? java.util.Optional.of(new PlacePoints.Point(-149.9, 61.22))
                : java.util.Optional.empty();
    StringWriter out = new StringWriter();

    GeoJsonExport.Written n =
        new GeoJsonExport().write(ledger.latest(), ClaimQuery.all(), boundaries, alaska, out);
    GeoJsonExport.Written nowhere =
        new GeoJsonExport()
            .write(
                ledger.latest(),
                ClaimQuery.all(),
                boundaries,
                PlacePoints.none(),
                new StringWriter());

    assertThat(n.features()).isEqualTo(2);
    JsonNode meeting = new ObjectMapper().readTree(out.toString()).get("features").get(1);
    assertThat(meeting.at("/geometry/type").asText()).isEqualTo("Point");
    assertThat(meeting.at("/geometry/coordinates/0").asDouble()).isEqualTo(-149.9);
    assertThat(meeting.at("/geometry/coordinates/1").asDouble()).isEqualTo(61.22);
    assertThat(meeting.at("/properties/kind").asText()).isEqualTo("meeting");
    assertThat(meeting.at("/properties/participants/1").asText()).isEqualTo("trump");
    assertThat(nowhere.features()).isEqualTo(1);
    assertThat(nowhere.unplaced()).isEqualTo(1);
    assertThat(nowhere.places()).containsExactly("Alaska");
  }

  @Test
  void aQueryForOtherKindsWritesNoFeature() throws Exception {
    StringWriter out = new StringWriter();

    GeoJsonExport.Written n =
        new GeoJsonExport()
            .write(
                ledger.latest(),
                ClaimQuery.all().withKinds(java.util.Set.of(org.parley.model.ClaimKind.DEMAND)),
                Boundaries.none(),
                PlacePoints.none(),
                out);

    assertThat(n.features()).isZero();
    assertThat(new ObjectMapper().readTree(out.toString()).get("features")).isEmpty();
  }

  @Test
  void documentsExportAsARowEach() {
    StringWriter csv = new StringWriter();
    StringWriter jsonl = new StringWriter();

    long rows = new DocumentTable().csv(ledger.latest(), false, csv);
    new DocumentTable().jsonl(ledger.latest(), jsonl);

    assertThat(rows).isPositive();
    assertThat(csv.toString()).startsWith("id,date,outlet,url,title,chars\r\n");
    assertThat(jsonl.toString().lines())
        .hasSize((int) rows)
        .allSatisfy(l -> assertThat(l).contains("\"id\":"));
  }

  @Test
  void severalRegionsBecomeOneMultiPolygonAndUnknownOnesAreListed() throws Exception {
    Path file = db.folder().resolve("boundaries.geojson");
    Files.writeString(file, BOUNDARIES);
    Boundaries b = Boundaries.read(file, Boundaries.SHAPE_ISO);

    JsonNode merged =
        GeoJsonExport.merged(
            List.of(
                b.geometry(org.parley.model.RegionId.of("UA-09")).orElseThrow(),
                b.geometry(org.parley.model.RegionId.of("UA-14")).orElseThrow()));

    assertThat(merged.get("type").asText()).isEqualTo("MultiPolygon");
    assertThat(merged.get("coordinates")).hasSize(2);
    assertThat(b.geometry(org.parley.model.RegionId.of("RU-KRS"))).isEmpty();
  }

  @Test
  void readsTheSharedGeoBoundariesFile() {
    Path file = SharedData.require("data/boundaries/geoBoundaries-UKR-ADM1_simplified.geojson");

    Boundaries b = Boundaries.read(file, Boundaries.SHAPE_ISO);

    assertThat(b.size()).isGreaterThanOrEqualTo(24);
    assertThat(b.geometry(org.parley.model.RegionId.of("UA-14"))).isPresent();
  }

  @Test
  void aFileWithoutIsoCodesIsRefusedWithItsName() throws Exception {
    Path file = db.folder().resolve("plain.geojson");
    Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": []}");

    assertThatThrownBy(() -> Boundaries.read(file, "shapeISO"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain.geojson");
  }
}
