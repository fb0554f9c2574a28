package io.obs.agent.metrics;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps the label sets of one metric. Past the limit a new set is folded into {@code _OTHER} and
 * every measurement that lands there is counted in {@code obs_agent_metric_overflow_total}.
 */
public final class CardinalityGuard {

  private final AtomicInteger labelSets = new AtomicInteger();
  private final int limit;
  private final CounterDataPoint overflow;

  public CardinalityGuard(int limit, CounterDataPoint overflow) {
    this.limit = limit;
    this.overflow = overflow;
  }

  /** Claims room for one more label set; false when the metric is full. */
  public boolean tryAdd() {
    if (labelSets.incrementAndGet() > limit) {
      labelSets.decrementAndGet();
      return false;
    }
    return true;
  }

  public void overflowed() {
    overflow.inc();
  }

  public int limit() {
    return limit;
  }

  public int labelSets() {
    return labelSets.get();
  }
}
