package io.obs.agent.metrics;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One observation on a cached label set, from two threads at once as a 2-core server records its
 * requests: our {@link FixedBucketHistogram} against client_java's classic-only {@link Histogram}
 * (what the agent used before).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
@Threads(2)
public class HistogramBenchmark {

  private static final String[] LABELS = {"http_request_method", "http_route", "http_response_status_code", "error_type"};

  private final FixedBucketHistogram.Series ours = new FixedBucketHistogram("ours_seconds", "ours", LABELS,
      ServerRequestMetrics.BUCKETS, null).register(new PrometheusRegistry()).labelValues("GET", "/users/*", "200", "");
  private final DistributionDataPoint clientJava = Histogram.builder().name("client_java_seconds").labelNames(LABELS)
      .classicUpperBounds(ServerRequestMetrics.BUCKETS).classicOnly().withoutExemplars()
      .register(new PrometheusRegistry()).labelValues("GET", "/users/*", "200", "");

  @Benchmark
  public void fixedBucketHistogram() {
    ours.observe(0.0123);
  }

  @Benchmark
  public void clientJavaHistogram() {
    clientJava.observe(0.0123);
  }
}
