package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionTest {
  private static Provision other(String detail) {
    return new Provision(ProvisionType.OTHER, Polarity.FOR, List.of(), null, detail);
  }

  @Test
  void theHeadingIsTheCategoryBeforeTheWordsThatStatedIt() {
    assertThat(other("weapons and military aid: long-range drones").heading())
        .isEqualTo("weapons and military aid");
  }

  @Test
  void aDetailWithoutACategoryIsItsOwnHeading() {
    assertThat(other("an inquiry into the shelling of the port").heading())
        .isEqualTo("an inquiry into the shelling of the port");
    assertThat(other(null).heading()).isEmpty();
  }
}
