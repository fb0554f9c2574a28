package io.obs.agent.trace;

import io.obs.agent.util.WeakIdentityMap;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletableFuture;

/**
 * The trace context across threads: handed to wrapped tasks, remembered for {@code FutureTask}s
 * (without keeping them alive, bounded), and given to the dependent stages of asynchronous HTTP
 * responses. Nothing happens when no context is current, which is the common case off request threads.
 */
public final class ContextPropagation {

  private static final int MAX_PENDING_TASKS = 100_000;

  private final WeakIdentityMap<Context> pendingTasks = new WeakIdentityMap<>(MAX_PENDING_TASKS);

  /** The current span's ids for log correlation (see {@code Bridge.traceIds}), or null. */
  public String[] traceIds() {
    SpanContext span = Span.current().getSpanContext();
    return span.isValid() ? new String[] {"trace_id", span.getTraceId(), "span_id", span.getSpanId(), "trace_flags",
        span.getTraceFlags().asHex()} : null;
  }

  /** The current context, or null when there is nothing to carry. */
  public Object current() {
    Context context = Context.current();
    return context == Context.root() ? null : context;
  }

  public Object attach(Object context) {
    return ((Context) context).makeCurrent();
  }

  public void detach(Object scope) {
    ((Scope) scope).close();
  }

  public void capture(Object task) {
    Context context = Context.current();
    if (context != Context.root()) {
      pendingTasks.put(task, context);
    }
  }

  /** A periodic task runs again and again, so what it captured stays until the task is collected. */
  public Object attachCaptured(Object task) {
    if (pendingTasks.size() == 0) {
      return null;
    }
    Context context = pendingTasks.get(task);
    return context == null ? null : context.makeCurrent();
  }

  /**
   * A future completed with what {@code future} completes with, from inside the current context, so
   * the application's dependent stages run in it; cancelling it cancels {@code future}.
   */
  @SuppressWarnings("unchecked")
  public Object propagating(Object future) {
    Context context = Context.current();
    if (context == Context.root() || !(future instanceof CompletableFuture)) {
      return future;
    }
    CompletableFuture<Object> source = (CompletableFuture<Object>) future;
    CompletableFuture<Object> result = new CompletableFuture<>();
    source.whenComplete((value, error) -> {
      try (Scope ignored = context.makeCurrent()) {
        if (error != null) {
          result.completeExceptionally(error);
        } else {
          result.complete(value);
        }
      }
    });
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        source.cancel(true);
      }
    });
    return result;
  }
}
