package io.obs.agent.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.common.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tracer and the propagators the recorders use. When tracing is off the recorders skip spans
 * altogether ({@link #enabled()}): no header is read, no span name built, no context made current.
 */
public final class Tracing {

  private static final String[] NO_HEADERS = new String[0];

  private final boolean enabled;
  private final Tracer tracer;
  private final TextMapPropagator propagator;
  /** user-agent, then the propagators' fields, lower case. */
  private final String[] serverHeaderNames;
  private final TextMapGetter<String[]> getter;

  Tracing(Tracer tracer, TextMapPropagator propagator) {
    this(true, tracer, propagator);
  }

  private Tracing(boolean enabled, Tracer tracer, TextMapPropagator propagator) {
    this.enabled = enabled;
    this.tracer = tracer;
    this.propagator = propagator;
    List<String> names = new ArrayList<>();
    if (enabled) {
      names.add("user-agent");
      for (String field : propagator.fields()) {
        names.add(field.toLowerCase(Locale.ROOT));
      }
    }
    this.serverHeaderNames = names.toArray(new String[0]);
    this.getter = HeaderCarrier.getter(serverHeaderNames);
  }

  /** No spans: metrics only. */
  public static Tracing off() {
    return new Tracing(false, TracerProvider.noop().get("obs-agent"), TextMapPropagator.noop());
  }

  /** False: metrics only; every span starter returns an invalid span without touching the tracer. */
  public boolean enabled() {
    return enabled;
  }

  public Tracer tracer() {
    return tracer;
  }

  /** What server advice reads before the request starts; index 0 is the user agent; none when tracing is off. */
  public String[] serverHeaderNames() {
    return serverHeaderNames;
  }

  /** The caller's context from the values of {@link #serverHeaderNames}; root when there is none or it is invalid. */
  public Context extract(String[] headerValues) {
    if (headerValues == null || headerValues.length < 2) {
      return Context.root();
    }
    return propagator.extract(Context.root(), headerValues, getter);
  }

  /** Name/value pairs that carry {@code span} (and the current baggage) to the next hop. */
  public String[] inject(Span span) {
    if (!span.getSpanContext().isValid()) {
      return NO_HEADERS;
    }
    List<String> pairs = HeaderCarrier.newPairs();
    propagator.inject(Context.current().with(span), pairs, HeaderCarrier.PAIRS);
    return pairs.toArray(NO_HEADERS);
  }

  /** Wall-clock time in epoch nanoseconds, for spans made after the fact; 0 when tracing is off. */
  public long nowEpochNanos() {
    return enabled ? Clock.getDefault().now() : 0;
  }

  static String userAgent(String[] headerValues) {
    return headerValues != null && headerValues.length > 0 ? headerValues[0] : null;
  }
}
