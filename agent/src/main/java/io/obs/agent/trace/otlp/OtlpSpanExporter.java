package io.obs.agent.trace.otlp;

import io.obs.agent.grpc.GrpcSpanExport;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.Compressor;
import io.opentelemetry.sdk.common.export.GrpcSender;
import io.opentelemetry.sdk.common.export.GrpcStatusCode;
import io.opentelemetry.sdk.common.export.HttpSender;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.zip.GZIPOutputStream;

/**
 * OTLP span export: {@link OtlpSpanEncoder}'s bytes through the SDK's public sender API, the JDK
 * HTTP sender for http/protobuf (found as the SDK finds it, by ServiceLoader) or our
 * {@code H2cGrpcSender} for gRPC. A non-2xx answer or a gRPC status other than OK fails the batch with
 * that answer; an exception from the sender fails it with that exception as the cause.
 */
public final class OtlpSpanExporter implements SpanExporter {

  /** Sends one request and completes the result. */
  private interface Transport {
    void send(OtlpSpanEncoder request, CompletableResultCode result);

    CompletableResultCode shutdown();
  }

  private static final Compressor GZIP = new Compressor() {
    @Override
    public String getEncoding() {
      return "gzip";
    }

    @Override
    public OutputStream compress(OutputStream out) throws java.io.IOException {
      return new GZIPOutputStream(out);
    }
  };

  private final Transport transport;
  private OtlpSpanEncoder encoder = new OtlpSpanEncoder();
  private CompletableResultCode inFlight = CompletableResultCode.ofSuccess();

  private OtlpSpanExporter(Transport transport) {
    this.transport = transport;
  }

  /** @param url the full URL for HTTP ({@code .../v1/traces}), the endpoint for gRPC */
  public static SpanExporter create(boolean grpc, String url, long timeoutMillis, String compression,
      Map<String, String> headers, String userAgent, ExecutorService executor) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    all.put("User-Agent", Collections.singletonList(userAgent));
    headers.forEach((name, value) -> all.put(name, Collections.singletonList(value)));
    SenderConfig config = new SenderConfig(URI.create(url), "gzip".equals(compression) ? GZIP : null,
        Duration.ofMillis(timeoutMillis), all, executor);
    return new OtlpSpanExporter(grpc ? new Grpc(config) : new Http(config));
  }

  /** From the export thread, and once from the flush at JVM exit: hence synchronized, once per batch. */
  @Override
  @SuppressWarnings("unchecked")
  public synchronized CompletableResultCode export(Collection<SpanData> spans) {
    if (!inFlight.isDone()) {
      encoder = new OtlpSpanEncoder(); // the sender may still be reading the last request
    }
    encoder.encode(spans instanceof List ? (List<SpanData>) spans : new ArrayList<>(spans));
    CompletableResultCode result = new CompletableResultCode();
    inFlight = result;
    transport.send(encoder, result);
    return result;
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public CompletableResultCode shutdown() {
    return transport.shutdown();
  }

  private static final class Http implements Transport {

    private final HttpSender sender;

    Http(SenderConfig config) {
      Iterator<HttpSenderProvider> providers = ServiceLoader.load(HttpSenderProvider.class, Http.class.getClassLoader())
          .iterator();
      if (!providers.hasNext()) {
        throw new IllegalStateException("no " + HttpSenderProvider.class.getName() + " on the agent's class path");
      }
      sender = providers.next().createSender(config);
    }

    @Override
    public void send(OtlpSpanEncoder request, CompletableResultCode result) {
      sender.send(request, response -> {
        int status = response.getStatusCode();
        if (status >= 200 && status < 300) {
          result.succeed();
        } else {
          result.failExceptionally(new OtlpExportException("HTTP " + status));
        }
      }, error -> result.failExceptionally(new OtlpExportException(error)));
    }

    @Override
    public CompletableResultCode shutdown() {
      return sender.shutdown();
    }
  }

  /** Its own class so that the gRPC sender and OkHttp load only when gRPC is configured. */
  private static final class Grpc implements Transport {

    private final GrpcSender sender;

    Grpc(SenderConfig config) {
      sender = GrpcSpanExport.sender(config);
    }

    @Override
    public void send(OtlpSpanEncoder request, CompletableResultCode result) {
      sender.send(request, response -> {
        GrpcStatusCode status = response.getStatusCode();
        if (status == GrpcStatusCode.OK) {
          result.succeed();
        } else {
          String description = response.getStatusDescription();
          result.failExceptionally(new OtlpExportException("gRPC status " + status.getValue() + " " + status
              + (description == null || description.isEmpty() ? "" : ": " + description)));
        }
      }, error -> result.failExceptionally(new OtlpExportException(error)));
    }

    @Override
    public CompletableResultCode shutdown() {
      return sender.shutdown();
    }
  }
}
