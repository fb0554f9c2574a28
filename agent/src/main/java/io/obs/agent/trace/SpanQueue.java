package io.obs.agent.trace;

import io.obs.agent.bootstrap.Bridge;
import io.obs.agent.util.BoundedQueue;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Ended, sampled spans wait here for the export thread {@code obs-agent-span-export} in a
 * {@link BoundedQueue}: an application thread adds a span without a lock, or, when the queue is
 * full, drops it and counts it. The thread exports a batch when one is full or every
 * {@code delay}; at JVM exit what is queued gets one last, short chance. Our own processor rather
 * than the SDK's batch processor so that drops and failures land in our metrics.
 */
final class SpanQueue implements SpanProcessor {

  private final BoundedQueue<ReadableSpan> queue;
  private final SpanExporter exporter;
  private final TraceMetrics metrics;
  private final ExportStatus status;
  private final int batchSize;
  private final long delayNanos;
  private final long timeoutMillis;
  private final Thread worker;
  private volatile boolean stopped;

  SpanQueue(SpanExporter exporter, TraceMetrics metrics, ExportStatus status, int capacity, int batchSize,
      long delayMillis, long timeoutMillis) {
    this.exporter = exporter;
    this.metrics = metrics;
    this.status = status;
    this.queue = new BoundedQueue<>(capacity);
    this.batchSize = Math.min(batchSize, capacity);
    this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
    this.timeoutMillis = timeoutMillis;
    worker = new Thread(this::run, "obs-agent-span-export");
    worker.setDaemon(true);
    worker.start();
    Thread flush = new Thread(this::stop, "obs-agent-span-flush");
    flush.setDaemon(true);
    Runtime.getRuntime().addShutdownHook(flush);
  }

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {}

  @Override
  public boolean isStartRequired() {
    return false;
  }

  @Override
  public void onEnd(ReadableSpan span) {
    if (!span.getSpanContext().isSampled()) {
      return;
    }
    int now = queue.offer(span);
    if (now < 0) {
      metrics.queueFull();
    } else if (now == batchSize) {
      LockSupport.unpark(worker);
    }
  }

  @Override
  public boolean isEndRequired() {
    return true;
  }

  private void run() {
    Bridge.suppressOnThisThread();
    List<SpanData> batch = new ArrayList<>(batchSize);
    while (!stopped) {
      if (queue.size() < batchSize) {
        LockSupport.parkNanos(this, delayNanos);
      }
      exportQueued(batch);
    }
  }

  private void exportQueued(List<SpanData> batch) {
    while (queue.size() > 0 && !stopped) {
      drain(batch);
      export(batch);
      if (queue.size() < batchSize) {
        return;
      }
    }
  }

  private void drain(List<SpanData> batch) {
    batch.clear();
    for (ReadableSpan span; batch.size() < batchSize && (span = queue.poll()) != null; ) {
      batch.add(span.toSpanData());
    }
  }

  private void export(List<SpanData> batch) {
    if (batch.isEmpty()) {
      return;
    }
    CompletableResultCode result;
    try {
      result = exporter.export(batch).join(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      metrics.exportFailed(batch.size());
      status.failed(e);
      return;
    }
    if (result.isSuccess()) {
      metrics.exported(batch.size());
      status.succeeded();
    } else {
      metrics.exportFailed(batch.size());
      status.failed(result.getFailureThrowable());
    }
  }

  /** At JVM exit: one batch, within the export timeout, and no more. */
  private void stop() {
    Bridge.suppressOnThisThread();
    stopped = true;
    List<SpanData> batch = new ArrayList<>(batchSize);
    drain(batch);
    if (!status.down()) {
      export(batch);
    }
  }

  @Override
  public CompletableResultCode forceFlush() {
    LockSupport.unpark(worker);
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    stop();
    return CompletableResultCode.ofSuccess();
  }
}
