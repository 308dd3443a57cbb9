package org.parley.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;

/** The index answers exactly what a filter over the whole list answers, in the list's order. */
class SpanIndexTest {
  @Test
  void overlappingAndWithinAgreeWithAFilterOverTheWholeList() {
    Random random = new Random(14);
    for (int round = 0; round < 200; round++) {
      List<Span> items = new ArrayList<>();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        int start = random.nextInt(200);
        items.add(new Span(start, start + random.nextInt(random.nextBoolean() ? 5 : 80)));
      }
      SpanIndex<Span> index = new SpanIndex<>(items, Function.identity());
      for (int q = 0; q < 50; q++) {
        int start = random.nextInt(220);
        Span query = new Span(start, start + random.nextInt(30));
        assertThat(index.overlapping(query))
            .isEqualTo(items.stream().filter(s -> s.overlaps(query)).toList());
        assertThat(index.within(query)).isEqualTo(items.stream().filter(query::contains).toList());
      }
    }
  }

  @Test
  void keepsTheListOrderWhenItIsNotTheOrderOfStarts() {
    List<Span> items = List.of(new Span(50, 60), new Span(10, 90), new Span(20, 30));
    SpanIndex<Span> index = new SpanIndex<>(items, Function.identity());

    assertThat(index.overlapping(new Span(25, 55))).isEqualTo(items);
    assertThat(index.within(new Span(0, 100))).isEqualTo(items);
  }
}
