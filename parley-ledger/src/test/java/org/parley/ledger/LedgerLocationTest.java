package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerLocationTest {
  @Test
  void aPostgresqlUrlCarriesItsCredentialsApart() {
    LedgerLocation l = LedgerLocation.parse("postgresql://parley:s%40cret@127.0.0.1:55432/parley");

    assertThat(l)
        .isEqualTo(
            new LedgerLocation.Postgres(
                "jdbc:postgresql://127.0.0.1:55432/parley", "parley", "s@cret", null));
    assertThat(l.describe()).doesNotContain("cret");
  }

  @Test
  void aJdbcUrlIsTakenAsItIs() {
    assertThat(LedgerLocation.parse("jdbc:postgresql://db/parley?user=me"))
        .isEqualTo(
            new LedgerLocation.Postgres("jdbc:postgresql://db/parley?user=me", null, null, null));
    assertThat(LedgerLocation.parse("jdbc:sqlite:/tmp/x.db"))
        .isEqualTo(new LedgerLocation.Sqlite(Path.of("/tmp/x.db")));
  }

  @Test
  void anythingElseIsASqliteFile() {
    assertThat(LedgerLocation.parse("ledger.db"))
        .isEqualTo(new LedgerLocation.Sqlite(Path.of("ledger.db").toAbsolutePath()));
  }

  @Test
  void anUnknownSchemeIsRefused() {
    assertThatThrownBy(() -> LedgerLocation.parse("mysql://x/y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mysql://x/y");
  }

  @Test
  void theDefaultFollowsTheEnvironment() {
    assertThat(LedgerLocation.defaultLocation(Map.of("PARLEY_HOME", "/srv/p")))
        .isEqualTo(new LedgerLocation.Sqlite(Path.of("/srv/p/ledger.db")));
    assertThat(LedgerLocation.defaultLocation(Map.of("PARLEY_DB", "/x/l.db", "PARLEY_HOME", "/y")))
        .isEqualTo(new LedgerLocation.Sqlite(Path.of("/x/l.db")));
    assertThat(LedgerLocation.defaultLocation(Map.of()))
        .isEqualTo(
            new LedgerLocation.Sqlite(
                Path.of(System.getProperty("user.home"), ".parley", "ledger.db")));
  }
}
