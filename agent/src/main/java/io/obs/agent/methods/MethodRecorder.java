package io.obs.agent.methods;

import io.obs.agent.log.EventLog;
import io.obs.agent.redact.Redactor;
import io.obs.agent.trace.MethodSpans;
import io.obs.agent.trace.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;

/**
 * A configured method's call: an INTERNAL span current while it runs, its duration, and when it
 * returns normally the business events configured for it, with the span's trace id.
 */
public final class MethodRecorder {

  /** The token between enter and exit. */
  static final class Call {
    final MethodInfo method;
    final Span span;
    final Scope scope;
    final long startNanos;

    Call(MethodInfo method, Span span, Scope scope, long startNanos) {
      this.method = method;
      this.span = span;
      this.scope = scope;
      this.startNanos = startNanos;
    }
  }

  private final MethodTable table;
  private final MethodMetrics metrics;
  private final Tracing tracing;
  private final EventLog events;
  private final EventValues values;
  private final Redactor redactor;

  MethodRecorder(MethodTable table, MethodMetrics metrics, Tracing tracing, EventLog events, Redactor redactor) {
    this.table = table;
    this.metrics = metrics;
    this.tracing = tracing;
    this.events = events;
    this.values = new EventValues(redactor);
    this.redactor = redactor;
  }

  /** @return the token for {@link #exit}, or null for an unknown id */
  public Object enter(int id) {
    MethodInfo method = table.get(id);
    if (method == null) {
      return null;
    }
    Span span = MethodSpans.start(tracing, method.spanName, method.className, method.functionName);
    Scope scope = span.getSpanContext().isValid() ? span.makeCurrent() : null;
    return new Call(method, span, scope, System.nanoTime());
  }

  /** @param arguments null unless the method has events */
  public void exit(Object token, Throwable error, Object[] arguments, Object returned) {
    Call call = (Call) token;
    long durationNanos = System.nanoTime() - call.startNanos;
    try {
      metrics.record(call.method, error, durationNanos);
      if (error == null && arguments != null) {
        for (EventSpec event : call.method.events) {
          metrics.counted(event);
          if (events.enabled()) {
            events.emit(EventLog.INFO, event.name, call.span.getSpanContext(),
                values.attributes(call.method, event, arguments, returned));
          }
        }
      }
    } finally {
      MethodSpans.end(call.span, redactor, error);
      if (call.scope != null) {
        call.scope.close();
      }
    }
  }
}
