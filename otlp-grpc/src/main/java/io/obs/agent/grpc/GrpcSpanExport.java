package io.obs.agent.grpc;

import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporterBuilder;
import io.opentelemetry.sdk.common.export.GrpcSenderProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * OTLP/gRPC span export: the SDK's own gRPC exporter on {@link H2cGrpcSender}. Only reached when
 * {@code obs.exporter.otlp.protocol=grpc}, so neither it nor OkHttp loads otherwise.
 */
public final class GrpcSpanExport {

  private GrpcSpanExport() {}

  public static SpanExporter create(String url, long timeoutMillis, String compression, Map<String, String> headers,
      ExecutorService executor) {
    GrpcSenderProvider provider = H2cGrpcSender::new;
    OtlpGrpcSpanExporterBuilder builder = OtlpGrpcSpanExporter.builder()
        .setEndpoint(url)
        .setTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
        .setCompression(compression)
        .setRetryPolicy(null)
        .setMeterProvider(MeterProvider::noop)
        .setExecutorService(executor)
        .setComponentLoader(new ComponentLoader() {
          @Override
          @SuppressWarnings("unchecked")
          public <T> Iterable<T> load(Class<T> type) {
            return type == GrpcSenderProvider.class ? Collections.singletonList((T) provider) : Collections.emptyList();
          }
        });
    headers.forEach(builder::addHeader);
    return builder.build();
  }
}
