package io.obs.agent.redact;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@link Redactor#redact} on a typical clean exception message and on one that quotes an e-mail address. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class RedactionBenchmark {

  private final Redactor redactor = new Redactor(Set.of(), "REDACTED", List.of(), new RedactionMetrics(new PrometheusRegistry()));
  private final String clean = "Connection is not available, request timed out after 30000ms (pool HikariPool-1)";
  private final String secret = "No account found for customer alice.smith@example.com in region eu-west-1";

  @Benchmark
  public String cleanText() {
    return redactor.redact(clean);
  }

  @Benchmark
  public String textWithAnEmail() {
    return redactor.redact(secret);
  }
}
