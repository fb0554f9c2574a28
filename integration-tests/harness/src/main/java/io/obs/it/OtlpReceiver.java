package io.obs.it;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver for tests: a JDK HttpServer on 127.0.0.1 that decodes the real
 * protobuf {@code ExportTraceServiceRequest} with the opentelemetry-proto classes and keeps every
 * span. {@link #stop()} and {@link #start(int)} on the same port simulate a backend going away.
 */
public final class OtlpReceiver implements AutoCloseable {

  /** One received span, ids in lower-case hex ("" for no parent). */
  public record ReceivedSpan(String traceId, String spanId, String parentSpanId, String traceState, int flags,
      String name, String kind, String status, Map<String, Object> attributes, List<String> events,
      Map<String, Object> resource, String scope) {

    public Object attribute(String key) {
      return attributes.get(key);
    }
  }

  private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
  private final List<String> requestHeaders = new CopyOnWriteArrayList<>();
  private final List<byte[]> payloads = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private int port;

  public static OtlpReceiver start() throws IOException {
    OtlpReceiver receiver = new OtlpReceiver();
    receiver.start(0);
    return receiver;
  }

  public synchronized void start(int wantedPort) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", wantedPort), 50);
    server.createContext("/v1/traces", exchange -> {
      try (exchange) {
        requestHeaders.add(exchange.getRequestHeaders().entrySet().stream()
            .map(e -> e.getKey().toLowerCase() + "=" + String.join(",", e.getValue())).sorted()
            .collect(Collectors.joining(";")));
        InputStream body = exchange.getRequestBody();
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
          body = new GZIPInputStream(body);
        }
        byte[] payload = body.readAllBytes();
        payloads.add(payload);
        receive(ExportTraceServiceRequest.parseFrom(payload));
        byte[] ok = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
        exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, ok.length == 0 ? -1 : ok.length);
        if (ok.length > 0) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(ok);
          }
        }
      }
    });
    server.start();
    port = server.getAddress().getPort();
  }

  /** The base URL for {@code obs.exporter.otlp.endpoint}. */
  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  public List<ReceivedSpan> spans() {
    return List.copyOf(spans);
  }

  public List<ReceivedSpan> trace(String traceId) {
    return spans.stream().filter(s -> s.traceId().equals(traceId)).collect(Collectors.toList());
  }

  /** Header lines (name=value;...) of each export request received. */
  public List<String> requestHeaders() {
    return List.copyOf(requestHeaders);
  }

  /** Every export request body as received (decompressed): what left the process, byte for byte. */
  public List<byte[]> payloads() {
    return List.copyOf(payloads);
  }

  public void clear() {
    spans.clear();
  }

  private void receive(ExportTraceServiceRequest request) {
    HexFormat hex = HexFormat.of();
    for (ResourceSpans rs : request.getResourceSpansList()) {
      Map<String, Object> resource = attributes(rs.getResource().getAttributesList());
      for (ScopeSpans ss : rs.getScopeSpansList()) {
        for (Span s : ss.getSpansList()) {
          List<String> events = new ArrayList<>();
          s.getEventsList().forEach(e -> events.add(e.getName() + attributes(e.getAttributesList()).keySet()));
          spans.add(new ReceivedSpan(hex.formatHex(s.getTraceId().toByteArray()), hex.formatHex(s.getSpanId().toByteArray()),
              hex.formatHex(s.getParentSpanId().toByteArray()), s.getTraceState(), s.getFlags(), s.getName(),
              s.getKind().name().replace("SPAN_KIND_", ""), s.getStatus().getCode().name().replace("STATUS_CODE_", ""),
              attributes(s.getAttributesList()), events, resource, ss.getScope().getName()));
        }
      }
    }
  }

  private static Map<String, Object> attributes(List<KeyValue> list) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (KeyValue kv : list) {
      map.put(kv.getKey(), value(kv.getValue()));
    }
    return map;
  }

  private static Object value(AnyValue v) {
    switch (v.getValueCase()) {
      case STRING_VALUE:
        return v.getStringValue();
      case INT_VALUE:
        return v.getIntValue();
      case BOOL_VALUE:
        return v.getBoolValue();
      case DOUBLE_VALUE:
        return v.getDoubleValue();
      default:
        return v.toString();
    }
  }
}
