package io.obs.agent.health;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Readiness {@code heap}: DOWN while the heap in use right after the last garbage collection is
 * above {@code obs.health.heap.threshold} of the maximum heap. Before the first collection it is UP.
 */
public final class HeapCheck implements HealthCheck {

  private final double threshold;
  private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();

  public HeapCheck(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public String name() {
    return "heap";
  }

  @Override
  public Kind kind() {
    return Kind.READINESS;
  }

  @Override
  public HealthResult check() {
    return evaluate(usedAfterGc(pools), Runtime.getRuntime().maxMemory(), threshold);
  }

  /** Heap in use right after the last collection, summed over the heap pools that report it. */
  public static long usedAfterGc(List<MemoryPoolMXBean> pools) {
    long usedAfterGc = 0;
    for (MemoryPoolMXBean pool : pools) {
      MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (afterGc != null) {
        usedAfterGc += afterGc.getUsed();
      }
    }
    return usedAfterGc;
  }

  static HealthResult evaluate(long usedAfterGc, long max, double threshold) {
    double ratio = max > 0 ? (double) usedAfterGc / max : 0;
    return HealthResult.of(ratio <= threshold)
        .with("used_after_gc_bytes", usedAfterGc)
        .with("max_bytes", max)
        .with("ratio", Math.round(ratio * 1000) / 1000.0)
        .with("threshold", threshold);
  }
}
