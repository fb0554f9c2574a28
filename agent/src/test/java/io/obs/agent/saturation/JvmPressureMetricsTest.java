package io.obs.agent.saturation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.lang.management.GarbageCollectorMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class JvmPressureMetricsTest {

  /** A collector as the JVM describes it: a name and its accumulated time. */
  private static GarbageCollectorMXBean collector(String name, long millis) {
    return new GarbageCollectorMXBean() {
      @Override public long getCollectionCount() { return 1; }
      @Override public long getCollectionTime() { return millis; }
      @Override public String getName() { return name; }
      @Override public boolean isValid() { return true; }
      @Override public String[] getMemoryPoolNames() { return new String[0]; }
      @Override public ObjectName getObjectName() { return null; }
    };
  }

  @Test
  void stopTheWorldCollectorsCountConcurrentCyclesDoNot() {
    assertEquals(130, JvmPressureMetrics.totalGcMillis(List.of(collector("G1 Young Generation", 100),
        collector("G1 Old Generation", 30), collector("G1 Concurrent GC", 5000), collector("ZGC Cycles", 7000),
        collector("ZGC Major Cycles", 7000), collector("Shenandoah Cycles", 7000), collector("Copy", -1))));
    assertEquals(40, JvmPressureMetrics.totalGcMillis(List.of(collector("ZGC Pauses", 40))));
  }

  @Test
  void everyRatioOfThisJvmIsBetweenZeroAndOne() {
    PrometheusRegistry registry = new PrometheusRegistry();
    GcOverhead gc = new GcOverhead();
    JvmPressureMetrics.register(registry, gc);
    System.gc();
    gc.sample(0, 0);
    gc.sample(1_000_000_000L, 250);
    Map<String, Double> values = new HashMap<>();
    for (MetricSnapshot snapshot : registry.scrape()) {
      for (GaugeSnapshot.GaugeDataPointSnapshot point : ((GaugeSnapshot) snapshot).getDataPoints()) {
        values.put(snapshot.getMetadata().getPrometheusName(), point.getValue());
      }
    }
    assertEquals(0.25, values.get("jvm_gc_overhead_ratio"));
    double heap = values.get("jvm_memory_heap_used_after_last_gc_ratio");
    assertTrue(heap > 0 && heap < 1, "heap after GC " + heap);
    for (String cpu : List.of("jvm_cpu_recent_utilization_ratio", "jvm_system_cpu_utilization_ratio")) {
      Double v = values.get(cpu);
      assertTrue(v == null || v >= 0 && v <= 1, cpu + " " + v);
    }
  }
}
