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
 * An OTLP trace receiver for tests, over HTTP (a JDK HttpServer on 127.0.0.1) or gRPC
 * ({@link GrpcTransport}), that decodes the real protobuf {@code ExportTraceServiceRequest} with the
 * opentelemetry-proto classes and keeps every span. {@link #stop()} and {@link #start(int)} on the same port simulate a backend going away.
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

  /** How spans arrive; {@link #value()} is what {@code obs.exporter.otlp.protocol} says for it. */
  public enum Protocol {
    HTTP("http/protobuf"), GRPC("grpc");

    private final String value;

    Protocol(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }

  private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
  private final List<String> requestHeaders = new CopyOnWriteArrayList<>();
  private final List<byte[]> payloads = new CopyOnWriteArrayList<>();
  private final Protocol protocol;
  private AutoCloseable server;
  private int port;

  private OtlpReceiver(Protocol protocol) {
    this.protocol = protocol;
  }

  public static OtlpReceiver start() throws IOException {
    return start(Protocol.HTTP);
  }

  public static OtlpReceiver start(Protocol protocol) throws IOException {
    OtlpReceiver receiver = new OtlpReceiver(protocol);
    receiver.start(0);
    return receiver;
  }

  public synchronized void start(int wantedPort) throws IOException {
    if (protocol == Protocol.GRPC) {
      GrpcTransport grpc = GrpcTransport.start(wantedPort, this::accept);
      server = grpc;
      port = grpc.port();
      return;
    }
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", wantedPort), 50);
    http.createContext("/v1/traces", exchange -> {
      try (exchange) {
        InputStream body = exchange.getRequestBody();
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
          body = new GZIPInputStream(body);
        }
        accept(exchange.getRequestHeaders().entrySet().stream()
            .map(e -> e.getKey().toLowerCase() + "=" + String.join(",", e.getValue())).sorted()
            .collect(Collectors.joining(";")), body.readAllBytes());
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
    http.start();
    server = () -> http.stop(0);
    port = http.getAddress().getPort();
  }

  private void accept(String headers, byte[] payload) throws IOException {
    requestHeaders.add(headers);
    payloads.add(payload);
    receive(ExportTraceServiceRequest.parseFrom(payload));
  }

  public Protocol protocol() {
    return protocol;
  }

  /** The base URL for {@code obs.exporter.otlp.endpoint}. */
  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** Where the agent says it sends spans: the endpoint plus {@code /v1/traces} over HTTP, the endpoint itself over gRPC. */
  public String tracesUrl() {
    return protocol == Protocol.GRPC ? endpoint() : endpoint() + "/v1/traces";
  }

  public synchronized void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
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
