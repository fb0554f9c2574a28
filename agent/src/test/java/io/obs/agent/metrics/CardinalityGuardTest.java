package io.obs.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CardinalityGuardTest {

  private final CounterDataPoint overflow = Counter.builder().name("overflow_total").register(new PrometheusRegistry());

  @Test
  void admitsUpToTheLimit() {
    CardinalityGuard guard = new CardinalityGuard(2, overflow);
    assertTrue(guard.tryAdd());
    assertTrue(guard.tryAdd());
    assertFalse(guard.tryAdd());
    assertFalse(guard.tryAdd());
    assertEquals(2, guard.labelSets());
    assertEquals(2, guard.limit());
  }

  @Test
  void overflowedCountsEachCall() {
    CardinalityGuard guard = new CardinalityGuard(1, overflow);
    guard.overflowed();
    guard.overflowed();
    assertEquals(2.0, ((Counter) overflow).get());
  }

  @Test
  void concurrentClaimsAdmitExactlyTheLimit() throws InterruptedException {
    CardinalityGuard guard = new CardinalityGuard(100, overflow);
    AtomicInteger admitted = new AtomicInteger();
    Together.run(8, () -> {
      for (int i = 0; i < 1000; i++) {
        if (guard.tryAdd()) {
          admitted.incrementAndGet();
        }
      }
    });
    assertEquals(100, admitted.get());
    assertEquals(100, guard.labelSets());
  }
}
