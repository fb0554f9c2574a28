package io.obs.agent.trace.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.testing.trace.TestSpanData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OTLP/HTTP through the SDK's JDK sender to a real HTTP server: what arrives, and what a failure says. */
class OtlpSpanExporterTest {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private volatile int status = 200;
  private volatile Map<String, List<String>> headers;
  private volatile byte[] body;

  OtlpSpanExporterTest() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/traces", exchange -> {
      headers = exchange.getRequestHeaders();
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
  }

  private SpanExporter exporter(String url, String compression) {
    return OtlpSpanExporter.create(false, url, 5_000, compression, Map.of("x-api-key", "k1"), "obs-agent/test", executor);
  }

  @Test
  void theRequestArrivesAsProtobufWithTheConfiguredHeaders() throws IOException {
    CompletableResultCode result = exporter(url(), "none").export(List.of(span("a"), span("b"))).join(10, TimeUnit.SECONDS);
    assertTrue(result.isSuccess());
    assertEquals(List.of("application/x-protobuf"), headers.get("Content-type"));
    assertEquals(List.of("obs-agent/test"), headers.get("User-agent"));
    assertEquals(List.of("k1"), headers.get("X-api-key"));
    assertEquals(null, headers.get("Content-encoding"));
    assertEquals(List.of("a", "b"), names(ExportTraceServiceRequest.parseFrom(body)));
  }

  @Test
  void gzipCompressesTheBody() throws IOException {
    assertTrue(exporter(url(), "gzip").export(List.of(span("zipped"))).join(10, TimeUnit.SECONDS).isSuccess());
    assertEquals(List.of("gzip"), headers.get("Content-encoding"));
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
      assertEquals(List.of("zipped"), names(ExportTraceServiceRequest.parseFrom(in)));
    }
  }

  @Test
  void anErrorStatusFailsTheBatchSayingWhichStatus() {
    status = 503;
    CompletableResultCode result = exporter(url(), "none").export(List.of(span("a"))).join(10, TimeUnit.SECONDS);
    assertFalse(result.isSuccess());
    assertInstanceOf(OtlpExportException.class, result.getFailureThrowable());
    assertEquals("HTTP 503", result.getFailureThrowable().getMessage());
  }

  @Test
  void aRefusedConnectionFailsTheBatchWithTheSendersExceptionAsCause() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    CompletableResultCode result = exporter("http://127.0.0.1:" + port + "/v1/traces", "none").export(List.of(span("a")))
        .join(10, TimeUnit.SECONDS);
    assertFalse(result.isSuccess());
    assertInstanceOf(ConnectException.class, result.getFailureThrowable().getCause());
  }

  private static SpanData span(String name) {
    return TestSpanData.builder().setName(name).setKind(SpanKind.SERVER).setStartEpochNanos(1).setEndEpochNanos(2)
        .setHasEnded(true).setStatus(StatusData.unset()).setResource(Resource.empty())
        .setInstrumentationScopeInfo(InstrumentationScopeInfo.create("test")).build();
  }

  private static List<String> names(ExportTraceServiceRequest request) {
    List<String> names = new java.util.ArrayList<>();
    request.getResourceSpansList().forEach(r -> r.getScopeSpansList().forEach(s -> s.getSpansList()
        .forEach(span -> names.add(span.getName()))));
    return names;
  }
}
