package org.parley.model.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
  @Test
  void readsSizesWithBinaryUnitsInAnyCase() {
    assertThat(ByteSize.parse("1048576").bytes()).isEqualTo(1 << 20);
    assertThat(ByteSize.parse("512k").bytes()).isEqualTo(512 << 10);
    assertThat(ByteSize.parse("16M").bytes()).isEqualTo(16 << 20);
    assertThat(ByteSize.parse(" 16 MiB ").bytes()).isEqualTo(16 << 20);
    assertThat(ByteSize.parse("1g").bytes()).isEqualTo(1L << 30);
    assertThat(ByteSize.parse("2TB").bytes()).isEqualTo(2L << 40);
  }

  @Test
  void writesTheLargestUnitThatDividesExactly() {
    assertThat(ByteSize.describe(8L << 20)).isEqualTo("8 MiB");
    assertThat(ByteSize.describe(1L << 30)).isEqualTo("1 GiB");
    assertThat(ByteSize.describe(1500)).isEqualTo("1500 bytes");
    assertThat(ByteSize.describe(1536)).isEqualTo("1536 bytes");
  }

  @Test
  void refusesWhatIsNoSizeNamingTheText() {
    assertThatThrownBy(() -> ByteSize.parse("lots"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'lots' is not a size: write bytes or a number with k, m, g or t (e.g. 16m)");
    assertThatThrownBy(() -> ByteSize.parse("0")).hasMessageContaining("at least one byte");
    assertThatThrownBy(() -> ByteSize.parse("99999999999t"))
        .hasMessage("size '99999999999t' is too large");
  }
}
