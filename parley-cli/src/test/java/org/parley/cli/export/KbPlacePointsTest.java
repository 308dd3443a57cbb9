package org.parley.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.kb.KnowledgeBase;
import org.parley.ledger.export.PlacePoints.Point;

class KbPlacePointsTest {
  private final KbPlacePoints points = new KbPlacePoints(KnowledgeBase.loadDefault());

  @Test
  void aPlaceIsFoundByAnyOfItsForms() {
    assertThat(points.point("Anchorage")).contains(new Point(-149.90, 61.22));
    assertThat(points.point("Homel")).contains(new Point(30.99, 52.44));
    assertThat(points.point("the Dolmabahce")).contains(new Point(29.00, 41.04));
  }

  @Test
  void aCommaSeparatedPlaceIsFoundByItsFirstLocatedPart() {
    assertThat(points.point("Dolmabahçe Palace, Istanbul")).contains(new Point(29.00, 41.04));
    assertThat(points.point("Bürgenstock, Switzerland")).contains(new Point(8.38, 46.99));
  }

  @Test
  void aPlaceWithoutCoordinatesOrNoPlaceGivesNoPoint() {
    assertThat(points.point("Alaska")).isEmpty();
    assertThat(points.point("Kremlin")).isEmpty();
    assertThat(points.point("Atlantis")).isEmpty();
  }
}
