package io.obs.agent.metrics;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.MetricType;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.Exemplar;
import io.prometheus.metrics.model.snapshots.Exemplars;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.Unit;
import io.prometheus.metrics.tracer.common.SpanContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A classic Prometheus histogram with fixed buckets, made for the request path: an observation is a
 * scan of at most 15 bounds and two striped-counter updates, with no allocation and no cache line
 * that every thread writes (client_java's Histogram allocates per observation and counts each one on
 * a shared atomic for its scrape buffer). The recorders create each label set once and cache its
 * {@link Series}. With exemplars on, a bucket keeps the span current at an observation, when that
 * span is sampled, for at least {@link #EXEMPLAR_MIN_AGE_MILLIS}.
 */
public final class FixedBucketHistogram implements Collector {

  static final long EXEMPLAR_MIN_AGE_MILLIS = 1_000;

  private final MetricMetadata metadata;
  private final String[] labelNames;
  private final double[] upperBounds;
  private final Supplier<SpanContext> spans;
  private final ConcurrentHashMap<List<String>, Series> series = new ConcurrentHashMap<>();

  /**
   * @param upperBounds bucket bounds in ascending order, without +Inf
   * @param spans where exemplars come from, or null for none
   */
  public FixedBucketHistogram(String name, String help, String[] labelNames, double[] upperBounds,
      Supplier<SpanContext> spans) {
    this.metadata = new MetricMetadata(name, help, Unit.SECONDS);
    this.labelNames = labelNames.clone();
    this.upperBounds = Arrays.copyOf(upperBounds, upperBounds.length + 1);
    this.upperBounds[upperBounds.length] = Double.POSITIVE_INFINITY;
    this.spans = spans;
  }

  public FixedBucketHistogram register(PrometheusRegistry registry) {
    registry.register(this);
    return this;
  }

  /** The series of these label values, made on first use; callers cache it, as this lookup allocates. */
  public Series labelValues(String... values) {
    if (values.length != labelNames.length) {
      throw new IllegalArgumentException(metadata.getName() + " takes " + labelNames.length + " label values");
    }
    return series.computeIfAbsent(List.of(values), v -> new Series(Labels.of(labelNames, values)));
  }

  /** The series of these label values leaves the output (its owner is gone). */
  public void remove(String... values) {
    series.remove(List.of(values));
  }

  /** One label set's buckets. */
  public final class Series {
    private final Labels labels;
    private final LongAdder[] counts = new LongAdder[upperBounds.length];
    private final DoubleAdder sum = new DoubleAdder();
    private final Exemplar[] exemplars = spans == null ? null : new Exemplar[upperBounds.length];
    private final long created = System.currentTimeMillis();

    private Series(Labels labels) {
      this.labels = labels;
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }

    public void observe(double value) {
      int bucket = 0;
      while (value > upperBounds[bucket]) {
        bucket++;
      }
      counts[bucket].increment();
      sum.add(value);
      if (exemplars != null) {
        exemplar(bucket, value);
      }
    }

    /** The bucket's age first: one clock read, so nearly every observation skips the span lookup. */
    private void exemplar(int bucket, double value) {
      long now = System.currentTimeMillis();
      Exemplar previous = exemplars[bucket];
      if (previous != null && now - previous.getTimestampMillis() < EXEMPLAR_MIN_AGE_MILLIS) {
        return;
      }
      SpanContext span = spans.get();
      if (span == null || !span.isCurrentSpanSampled()) {
        return;
      }
      String traceId = span.getCurrentTraceId();
      String spanId = span.getCurrentSpanId();
      if (traceId != null && spanId != null) {
        exemplars[bucket] = Exemplar.builder().value(value).traceId(traceId).spanId(spanId).timestampMillis(now).build();
      }
    }

    private HistogramSnapshot.HistogramDataPointSnapshot snapshot() {
      long[] perBucket = new long[counts.length];
      for (int i = 0; i < counts.length; i++) {
        perBucket[i] = counts[i].sum();
      }
      HistogramSnapshot.HistogramDataPointSnapshot.Builder point = HistogramSnapshot.HistogramDataPointSnapshot.builder()
          .classicHistogramBuckets(ClassicHistogramBuckets.of(upperBounds, perBucket))
          .sum(sum.sum())
          .labels(labels)
          .createdTimestampMillis(created);
      if (exemplars != null) {
        List<Exemplar> kept = new ArrayList<>();
        for (Exemplar e : exemplars) {
          if (e != null) {
            kept.add(e);
          }
        }
        point.exemplars(Exemplars.of(kept));
      }
      return point.build();
    }
  }

  @Override
  public HistogramSnapshot collect() {
    List<HistogramSnapshot.HistogramDataPointSnapshot> points = new ArrayList<>(series.size());
    for (Series s : series.values()) {
      points.add(s.snapshot());
    }
    return new HistogramSnapshot(metadata, points);
  }

  @Override
  public String getPrometheusName() {
    return metadata.getPrometheusName();
  }

  @Override
  public MetricType getMetricType() {
    return MetricType.HISTOGRAM;
  }

  @Override
  public Set<String> getLabelNames() {
    return Set.of(labelNames);
  }

  @Override
  public MetricMetadata getMetadata() {
    return metadata;
  }
}
