package io.obs.agent.trace.otlp;

import io.obs.agent.grpc.GrpcSpanExport;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.Compressor;
import io.opentelemetry.sdk.common.export.GrpcSender;
import io.opentelemetry.sdk.common.export.GrpcStatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.zip.GZIPOutputStream;

/**
 * OTLP span export: {@link OtlpSpanEncoder}'s bytes over {@code HttpURLConnection} for
 * http/protobuf, or through the SDK's public sender API to our {@code H2cGrpcSender} for gRPC. A non-2xx answer or a gRPC status other than OK fails the batch with
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

  /**
   * http/protobuf on the JDK's {@code HttpURLConnection}, on the export thread itself: the body goes
   * from the encoder's buffer straight to the socket and keep-alive reuses the connection. Not the
   * JDK {@code HttpClient} the SDK's sender uses: under the demo's load its threads took 1.6 µs of CPU
   * per request besides the export thread's, and it loads 284 classes at start-up.
   */
  private static final class Http implements Transport {

    private final URL url;
    private final SenderConfig config;

    Http(SenderConfig config) {
      this.config = config;
      try {
        this.url = config.getEndpoint().toURL();
      } catch (java.net.MalformedURLException e) {
        throw new IllegalArgumentException(e);
      }
    }

    @Override
    public void send(OtlpSpanEncoder request, CompletableResultCode result) {
      try {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout((int) config.getConnectTimeout().toMillis());
        connection.setReadTimeout((int) config.getTimeout().toMillis());
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setUseCaches(false);
        connection.setRequestProperty("Content-Type", config.getContentType());
        config.getHeadersSupplier().get().forEach((name, values) -> values.forEach(v -> connection.setRequestProperty(name, v)));
        Compressor compressor = config.getCompressor();
        if (compressor == null) {
          connection.setFixedLengthStreamingMode(request.getContentLength());
        } else {
          connection.setRequestProperty("Content-Encoding", compressor.getEncoding());
          connection.setChunkedStreamingMode(0);
        }
        try (OutputStream out = compressor == null ? connection.getOutputStream()
            : compressor.compress(connection.getOutputStream())) {
          request.writeMessage(out);
        }
        int status = connection.getResponseCode();
        drain(status < 400 ? connection.getInputStream() : connection.getErrorStream());
        if (status >= 200 && status < 300) {
          result.succeed();
        } else {
          result.failExceptionally(new OtlpExportException("HTTP " + status));
        }
      } catch (IOException | RuntimeException e) {
        result.failExceptionally(new OtlpExportException(e));
      }
    }

    /** Read to the end, so the connection can carry the next request. */
    private static void drain(InputStream in) throws IOException {
      if (in != null) {
        try (InputStream body = in) {
          byte[] skip = new byte[512];
          while (body.read(skip) >= 0) {
            // the answer (an ExportTraceServiceResponse) says nothing we use
          }
        }
      }
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
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
