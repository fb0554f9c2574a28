package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What only OTLP/gRPC has to show (the span trees and the outage are {@link TracingGrpcIT} and
 * {@link TraceExportOutageGrpcJdk25IT}): the configured headers and gzip travel on the gRPC call, and
 * with the default protocol not one class of the gRPC exporter or of its OkHttp is loaded.
 */
class OtlpGrpcIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** The agent's gRPC code, its relocated OkHttp and Okio, the exporter's gRPC transport, as -Xlog:class+load names them. */
  private static final Pattern GRPC_CLASS = Pattern.compile(
      "^.*\\[class,load\\] (io\\.obs\\.agent\\.(grpc|shaded\\.okhttp3|shaded\\.okio)\\.|io\\.obs\\.agent\\.trace\\.otlp\\.OtlpSpanExporter\\$Grpc).*$", Pattern.MULTILINE);

  private static AppProcess demo(OtlpReceiver receiver, int port, int agentPort, String... properties) {
    AppProcess.Builder b = Demo.exportingTo(receiver, "grpc-it", port, agentPort).jvmArg("-Xlog:class+load");
    for (int i = 0; i + 1 < properties.length; i += 2) {
      b.property(properties[i], properties[i + 1]);
    }
    return Demo.awaitReady(b.start(), agentPort);
  }

  private static void awaitServerSpan(OtlpReceiver receiver, String query) {
    Poll.until(TIMEOUT, "the server span of ?" + query, () -> receiver.spans().stream()
        .anyMatch(s -> s.kind().equals("SERVER") && query.equals(s.attribute("url.query"))));
  }

  @Test
  void headersAndGzipTravelOnTheGrpcCall() throws IOException {
    try (OtlpReceiver receiver = OtlpReceiver.start(OtlpReceiver.Protocol.GRPC)) {
      int port = Ports.free();
      int agentPort = Ports.free();
      try (AppProcess app = demo(receiver, port, agentPort, "obs.exporter.otlp.headers", "x-api-key=it-key,x-tenant=acme",
          "obs.exporter.otlp.compression", "gzip")) {
        assertEquals(200, Http.status("http://127.0.0.1:" + port + "/users/1?case=grpc-gzip"));
        awaitServerSpan(receiver, "case=grpc-gzip");
        for (String call : receiver.requestHeaders()) {
          List<String> headers = List.of(call.split(";"));
          for (String expected : List.of("x-api-key=it-key", "x-tenant=acme", "grpc-encoding=gzip",
              GrpcTransport.COMPRESSED_FLAG + "=1", "content-type=application/grpc", "te=trailers")) {
            assertTrue(headers.contains(expected), expected + " not in " + headers);
          }
        }
        String output = app.output();
        assertTrue(output.contains("exporters=prometheus,otlp-grpc(" + receiver.endpoint() + ")\n"), output);
        assertTrue(GRPC_CLASS.matcher(output).find(), "the class-load check of the next test sees them when they load");
      }
    }
  }

  @Test
  void withTheDefaultProtocolNothingOfGrpcLoads() throws IOException {
    try (OtlpReceiver receiver = OtlpReceiver.start()) {
      int port = Ports.free();
      int agentPort = Ports.free();
      try (AppProcess app = demo(receiver, port, agentPort)) {
        assertEquals(200, Http.status("http://127.0.0.1:" + port + "/users/1?case=http-only"));
        awaitServerSpan(receiver, "case=http-only");
        Matcher loaded = GRPC_CLASS.matcher(app.output());
        assertFalse(loaded.find(), () -> "loaded without protocol=grpc: " + loaded.group());
        assertTrue(app.output().contains("exporters=prometheus,otlp(" + receiver.tracesUrl() + ")\n"), app.output());
      }
    }
  }
}
