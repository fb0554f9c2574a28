package io.obs.agent.saturation;

import io.obs.agent.health.HeapCheck;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.List;

/**
 * What the Prometheus client's JVM metrics lack for saturation, OpenTelemetry JVM names where they
 * exist: {@code jvm_cpu_recent_utilization_ratio} (this process) and
 * {@code jvm_system_cpu_utilization_ratio} (the machine), each 0..1 over all CPUs since the previous
 * read; {@code jvm_gc_overhead_ratio} (see {@link GcOverhead}); and
 * {@code jvm_memory_heap_used_after_last_gc_ratio} (heap in use right after the last collection over
 * the maximum heap, what readiness {@code heap} compares). Management beans are looked up at scrape
 * time, never while the application starts.
 */
final class JvmPressureMetrics {

  private JvmPressureMetrics() {}

  static void register(PrometheusRegistry registry, GcOverhead gc) {
    ratio(registry, "jvm_cpu_recent_utilization_ratio",
        "CPU time this JVM used since the previous read, as a fraction of all CPUs' time (0..1).",
        () -> cpu(true));
    ratio(registry, "jvm_system_cpu_utilization_ratio",
        "CPU time the whole machine used since the previous read, as a fraction of all CPUs' time (0..1).",
        () -> cpu(false));
    ratio(registry, "jvm_gc_overhead_ratio",
        "Fraction of wall-clock time spent in garbage collection over the last minute (collectors' pauses and "
            + "stop-the-world work; concurrent cycles excluded).", gc::ratio);
    ratio(registry, "jvm_memory_heap_used_after_last_gc_ratio",
        "Heap in use right after the last garbage collection, as a fraction of the maximum heap.",
        JvmPressureMetrics::heapAfterGc);
  }

  /** The collectors' accumulated stop-the-world time; concurrent cycles (G1 Concurrent GC, ZGC/Shenandoah Cycles) left out. */
  static long totalGcMillis(List<GarbageCollectorMXBean> collectors) {
    long total = 0;
    for (GarbageCollectorMXBean collector : collectors) {
      String name = collector.getName();
      long millis = collector.getCollectionTime();
      if (millis > 0 && !name.contains("Concurrent") && !name.endsWith("Cycles")) {
        total += millis;
      }
    }
    return total;
  }

  private interface Value {
    double get();
  }

  private static void ratio(PrometheusRegistry registry, String name, String help, Value value) {
    GaugeWithCallback.builder().name(name).help(help).unit(Unit.RATIO)
        .callback(callback -> {
          double v = value.get();
          if (v >= 0) {
            callback.call(v);
          }
        })
        .register(registry);
  }

  /** Negative when the JVM cannot tell. */
  @SuppressWarnings("deprecation") // getCpuLoad() is JDK 14+; the agent runs on 11
  private static double cpu(boolean process) {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (!(os instanceof com.sun.management.OperatingSystemMXBean)) {
      return -1;
    }
    com.sun.management.OperatingSystemMXBean bean = (com.sun.management.OperatingSystemMXBean) os;
    return process ? bean.getProcessCpuLoad() : bean.getSystemCpuLoad();
  }

  private static double heapAfterGc() {
    long max = Runtime.getRuntime().maxMemory();
    return max > 0 ? (double) HeapCheck.usedAfterGc(ManagementFactory.getMemoryPoolMXBeans()) / max : -1;
  }
}
