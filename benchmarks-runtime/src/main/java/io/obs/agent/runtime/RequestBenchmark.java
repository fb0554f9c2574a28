package io.obs.agent.runtime;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the runtime costs the request thread for one request as the servlet advice reports it (enter
 * and exit), alone and with one prepared-statement execution, metrics only and with every span
 * sampled and queued for export (to a port where nothing listens: the queue's export side fails and
 * drops off the measured thread). The difference between the two modes is the span start/end.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class RequestBenchmark {

  @Param({"metrics-only", "spans"})
  public String mode;

  private HooksFixture fixture;

  @Setup
  public void setUp() {
    fixture = new HooksFixture(mode.equals("spans")
        ? Map.of("obs.exporter.otlp.endpoint", "http://127.0.0.1:9")
        : Map.of("obs.traces.enabled", "false"));
  }

  @Benchmark
  public void servletEnterExit() {
    fixture.request();
  }

  @Benchmark
  public void servletWithOneQuery() {
    fixture.requestWithQuery();
  }
}
