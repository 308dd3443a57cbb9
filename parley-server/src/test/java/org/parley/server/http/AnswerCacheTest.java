package org.parley.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
  private static ObjectNode answer(int n) {
    return Json.MAPPER.createObjectNode().put("n", n);
  }

  @Test
  void concurrentRequestsForOneKeyComputeItOnce() throws Exception {
    AnswerCache cache = new AnswerCache(10, 2);
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    List<ObjectNode> got = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 16; i++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    got.add(cache.get("k", () -> answer(computed.incrementAndGet())));
                  }));
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(computed).hasValue(1);
    assertThat(got).hasSize(16).allSatisfy(a -> assertThat(a.get("n").asInt()).isEqualTo(1));
  }

  @Test
  void eachCallerGetsItsOwnCopy() {
    AnswerCache cache = new AnswerCache(10, 1);
    cache.get("k", () -> answer(1)).put("n", 99);
    assertThat(cache.get("k", () -> answer(2)).get("n").asInt()).isEqualTo(1);
  }

  @Test
  void aFailureIsNotRemembered() {
    AnswerCache cache = new AnswerCache(10, 1);
    assertThatThrownBy(
            () ->
                cache.get(
                    "k",
                    () -> {
                      throw new IllegalArgumentException("bad party");
                    }))
        .hasMessage("bad party");
    assertThat(cache.get("k", () -> answer(3)).get("n").asInt()).isEqualTo(3);
  }

  @Test
  void pastItsCapacityItStartsAfresh() {
    AnswerCache cache = new AnswerCache(2, 1);
    cache.get("a", () -> answer(1));
    cache.get("b", () -> answer(2));
    cache.get("c", () -> answer(3));
    assertThat(cache.get("a", () -> answer(4)).get("n").asInt()).isEqualTo(4);
  }
}
