package io.obs.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.tracer.common.SpanContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedBucketHistogramTest {

  private final PrometheusRegistry registry = new PrometheusRegistry();

  /** The current span as the exemplar source sees it. */
  private static final class CurrentSpan implements SpanContext {
    String traceId;
    String spanId;
    boolean sampled;

    @Override
    public String getCurrentTraceId() {
      return traceId;
    }

    @Override
    public String getCurrentSpanId() {
      return spanId;
    }

    @Override
    public boolean isCurrentSpanSampled() {
      return sampled;
    }

    @Override
    public void markCurrentSpanAsExemplar() {}
  }

  @Test
  void eachObservationCountsInTheFirstBucketWhoseBoundIsNotBelowIt() {
    FixedBucketHistogram.Series series = new FixedBucketHistogram("op_duration_seconds", "Op.", new String[] {"op"},
        new double[] {0.1, 1}, null).register(registry).labelValues("read");
    for (double v : new double[] {0.05, 0.1, 0.5, 1, 3}) {
      series.observe(v);
    }
    assertEquals(List.of(
        "op_duration_seconds_bucket{op=\"read\",le=\"0.1\"} 2",
        "op_duration_seconds_bucket{op=\"read\",le=\"1.0\"} 4",
        "op_duration_seconds_bucket{op=\"read\",le=\"+Inf\"} 5",
        "op_duration_seconds_count{op=\"read\"} 5",
        "op_duration_seconds_sum{op=\"read\"} 4.65"), Scrape.lines(registry, "op_duration_seconds_"));
  }

  @Test
  void sameLabelValuesAreOneSeriesAndTheLabelCountIsChecked() {
    FixedBucketHistogram histogram = new FixedBucketHistogram("op_duration_seconds", "Op.", new String[] {"op", "error"},
        new double[] {1}, null);
    assertSame(histogram.labelValues("read", ""), histogram.labelValues("read", ""));
    assertThrows(IllegalArgumentException.class, () -> histogram.labelValues("read"));
  }

  @Test
  void aBucketKeepsTheSampledSpanOfAnObservationAsItsExemplarForASecond() throws IOException {
    CurrentSpan span = new CurrentSpan();
    FixedBucketHistogram.Series series = new FixedBucketHistogram("op_duration_seconds", "Op.", new String[] {"op"},
        new double[] {0.1, 1}, () -> span).register(registry).labelValues("read");
    series.observe(0.05); // no span: no exemplar
    span.traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    span.spanId = "00f067aa0ba902b7";
    series.observe(0.06); // not sampled
    span.sampled = true;
    series.observe(0.07); // kept
    span.spanId = "b7ad6b7169203331";
    series.observe(0.08); // younger than a second: the first stays
    series.observe(0.5); // another bucket
    String text = openMetrics();
    assertEquals(List.of(
        "op_duration_seconds_bucket{op=\"read\",le=\"0.1\"} 4 # {span_id=\"00f067aa0ba902b7\",trace_id=\"4bf92f3577b34da6a3ce929d0e0e4736\"} 0.07",
        "op_duration_seconds_bucket{op=\"read\",le=\"1.0\"} 5 # {span_id=\"b7ad6b7169203331\",trace_id=\"4bf92f3577b34da6a3ce929d0e0e4736\"} 0.5"),
        text.lines().filter(l -> l.contains("_bucket{") && l.contains("#")).map(l -> l.replaceAll(" [0-9.]+$", ""))
            .collect(java.util.stream.Collectors.toList()));
  }

  private String openMetrics() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OpenMetricsTextFormatWriter.create().write(out, registry.scrape());
    return out.toString(StandardCharsets.UTF_8);
  }
}
