package io.obs.agent.trace;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Set;

/** Tracing into memory, for unit tests of recorders outside this package. */
public final class TestTracing {

  private TestTracing() {}

  public static Tracing into(InMemorySpanExporter exporter) {
    return new Tracing(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build().get("test"),
        TracingSetup.propagator(Set.of("tracecontext", "baggage")));
  }
}
