package io.obs.agent.trace;

import io.obs.agent.config.AgentConfig;
import io.obs.agent.config.Settings;
import io.obs.agent.log.EventLog;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.obs.agent.trace.otlp.OtlpSpanExporter;
import io.opentelemetry.extension.trace.propagation.B3Propagator;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds {@link Tracing} from the configuration: resource, sampler, propagators, OTLP exporter and queue. */
public final class TracingSetup {

  /** The SDK logs through java.util.logging; we say what matters in our own words (ExportStatus). */
  private static final Logger SDK_LOGGER = Logger.getLogger(sdkPackage());

  private TracingSetup() {}

  public static Tracing create(AgentConfig config, String serviceName, String agentVersion, TraceMetrics metrics,
      PrintStream err, EventLog events) {
    if (!config.get(Settings.TRACES_ENABLED)) {
      return Tracing.off();
    }
    SDK_LOGGER.setLevel(Level.OFF);
    SdkTracerProviderBuilder provider = SdkTracerProvider.builder()
        .setResource(AgentResource.create(serviceName, agentVersion, config.get(Settings.RESOURCE_ATTRIBUTES)))
        .setSampler(sampler(config.get(Settings.SAMPLER), config.get(Settings.SAMPLER_ARG)));
    if ("otlp".equals(config.get(Settings.TRACES_EXPORTER))) {
      OtlpTarget target = OtlpTarget.of(config);
      long timeout = config.get(Settings.OTLP_TIMEOUT);
      provider.addSpanProcessor(new SpanQueue(exporter(config, target, timeout, agentVersion), metrics,
          new ExportStatus(target.url(), err, events), config.get(Settings.TRACES_QUEUE_SIZE), config.get(Settings.TRACES_BATCH_SIZE),
          config.get(Settings.TRACES_EXPORT_DELAY), timeout + 1000));
    }
    return new Tracing(provider.build().get("obs-agent", agentVersion), propagator(config.get(Settings.PROPAGATORS)));
  }

  private static SpanExporter exporter(AgentConfig config, OtlpTarget target, long timeoutMillis, String agentVersion) {
    // gRPC's calls complete on this thread; over HTTP the export thread sends itself
    ExecutorService executor = !target.grpc() ? null : new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), new AgentThreads("obs-agent-otlp"));
    return OtlpSpanExporter.create(target.grpc(), target.url(), timeoutMillis, config.get(Settings.OTLP_COMPRESSION),
        headers(config.get(Settings.OTLP_HEADERS)), "obs-agent/" + agentVersion, executor);
  }

  /** {@code key=value,key=value} as obs.exporter.otlp.headers has it (Parser.keyValues checked the form). */
  static Map<String, String> headers(String keyValues) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (keyValues != null) {
      for (String pair : keyValues.split(",")) {
        int eq = pair.indexOf('=');
        headers.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    return headers;
  }

  static Sampler sampler(String name, double ratio) {
    switch (name) {
      case "always_on":
        return Sampler.alwaysOn();
      case "always_off":
        return Sampler.alwaysOff();
      case "traceidratio":
        return Sampler.traceIdRatioBased(ratio);
      case "parentbased_always_off":
        return Sampler.parentBased(Sampler.alwaysOff());
      case "parentbased_traceidratio":
        return Sampler.parentBased(Sampler.traceIdRatioBased(ratio));
      default:
        return Sampler.parentBased(Sampler.alwaysOn());
    }
  }

  static TextMapPropagator propagator(Set<String> names) {
    List<TextMapPropagator> propagators = new ArrayList<>();
    if (names.contains("tracecontext")) {
      propagators.add(W3CTraceContextPropagator.getInstance());
    }
    if (names.contains("baggage")) {
      propagators.add(W3CBaggagePropagator.getInstance());
    }
    if (names.contains("b3")) {
      propagators.add(B3Propagator.injectingSingleHeader());
    }
    if (names.contains("b3multi")) {
      propagators.add(B3Propagator.injectingMultiHeaders());
    }
    return TextMapPropagator.composite(propagators);
  }

  private static String sdkPackage() {
    String name = Span.class.getName();
    return name.substring(0, name.indexOf(".api."));
  }
}
