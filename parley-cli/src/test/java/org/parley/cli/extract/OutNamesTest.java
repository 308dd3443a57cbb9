package org.parley.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.testkit.DocumentFixture;

class OutNamesTest {
  private static Document doc(String id, String text) {
    return DocumentFixture.withText(id, "2025-08-21", text);
  }

  @Test
  void aPlainIdIsItsOwnName() {
    assertThat(new OutNames().nameFor(doc("07_putin-2024.v2", "x"))).isEqualTo("07_putin-2024.v2");
  }

  @Test
  void idsThatCleanToTheSameTextKeepApart() {
    OutNames names = new OutNames();
    List<String> got =
        List.of("a/b", "a?b", "a_b", "A_B", "../../x", "..\\..\\x").stream()
            .map(id -> names.nameFor(doc(id, "text of " + id)))
            .toList();

    assertThat(new HashSet<>(got.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList()))
        .hasSize(got.size());
    assertThat(got.get(0)).startsWith("a_b~").hasSize(4 + 16);
    assertThat(got.get(2)).isEqualTo("a_b");
    assertThat(got).allSatisfy(n -> assertThat(n).doesNotContain("/").doesNotContain("\\"));
  }

  @Test
  void twoDocumentsWithOneIdGetTwoNames() {
    OutNames names = new OutNames();
    String first = names.nameFor(doc("same", "one text"));
    String second = names.nameFor(doc("same", "another text"));

    assertThat(first).isEqualTo("same");
    assertThat(second).startsWith("same~").isNotEqualTo(first);
    assertThat(names.nameFor(doc("same", "one text"))).isEqualTo("same");
  }

  @Test
  void anIdOfAnyLengthGetsANameWithinTheFileSystemLimit() {
    OutNames names = new OutNames();
    Set<String> seen = new HashSet<>();
    for (String id : List.of("x".repeat(10_000), "x".repeat(10_001), "ж".repeat(300))) {
      String name = names.nameFor(doc(id, id));
      assertThat(name.getBytes(StandardCharsets.UTF_8).length)
          .isLessThanOrEqualTo(OutNames.MAX_NAME_BYTES);
      assertThat(seen.add(name)).isTrue();
    }
  }
}
