package io.obs.it;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * OTLP/gRPC for {@link OtlpReceiver}: Jetty's HTTP/2 cleartext (prior knowledge) connector on
 * 127.0.0.1. Each unary {@code TraceService/Export} call is unframed (gzip when the message says
 * so), handed to the receiver, and answered with an empty {@code ExportTraceServiceResponse} and
 * {@code grpc-status: 0} in the trailers, as a gRPC server does.
 */
final class GrpcTransport implements AutoCloseable {

  static final String EXPORT = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
  /** Not a header: the compressed flag of the call's message (1 = compressed), listed with the headers. */
  public static final String COMPRESSED_FLAG = ":compressed-flag";

  /** One export call: its header line ({@code name=value;...}, sorted, with {@link #COMPRESSED_FLAG}) and its protobuf message. */
  interface Sink {
    void accept(String headers, byte[] message) throws IOException;
  }

  private final Server server;

  private GrpcTransport(Server server) {
    this.server = server;
  }

  static GrpcTransport start(int port, Sink sink) throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("otlp-grpc-receiver");
    threads.setDaemon(true);
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server, new HTTP2CServerConnectionFactory(new HttpConfiguration()));
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!EXPORT.equals(request.getHttpURI().getPath())) {
          return false;
        }
        byte[] frame = Content.Source.asInputStream(request).readAllBytes();
        String headers = Stream.concat(Stream.of(COMPRESSED_FLAG + "=" + frame[0]),
            request.getHeaders().stream().map(f -> f.getLowerCaseName() + "=" + f.getValue())).sorted()
            .collect(Collectors.joining(";"));
        sink.accept(headers, unframe(frame));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/grpc");
        response.setTrailersSupplier(() -> HttpFields.build().put("grpc-status", "0"));
        response.write(true, ByteBuffer.wrap(frame(ExportTraceServiceResponse.getDefaultInstance().toByteArray())), callback);
        return true;
      }
    });
    try {
      server.start();
    } catch (Exception e) {
      throw new IOException("cannot start the gRPC receiver on port " + port, e);
    }
    return new GrpcTransport(server);
  }

  int port() {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }

  /** A gRPC length-prefixed message: compressed flag, 4-byte big-endian length, bytes. */
  static byte[] unframe(byte[] frame) throws IOException {
    int length = ByteBuffer.wrap(frame, 1, 4).getInt();
    if (frame.length != 5 + length) {
      throw new IOException("one gRPC message of " + length + " bytes expected, got " + frame.length + " bytes");
    }
    byte[] message = Arrays.copyOfRange(frame, 5, frame.length);
    return frame[0] == 1 ? new GZIPInputStream(new ByteArrayInputStream(message)).readAllBytes() : message;
  }

  private static byte[] frame(byte[] message) {
    return ByteBuffer.allocate(5 + message.length).put((byte) 0).putInt(message.length).put(message).array();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
