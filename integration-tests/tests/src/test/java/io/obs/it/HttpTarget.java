package io.obs.it;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A JDK HttpServer (or HttpsServer) on 127.0.0.1 for the HTTP-client tests, answering /ok 200,
 * /fail 500, /slow 200 after 1.5 s, else 404; it counts the requests and those carrying a header.
 * Beside it a closed port, for connections that are refused.
 */
final class HttpTarget implements AutoCloseable {

  final int port;
  final int closedPort = Ports.free();
  final AtomicInteger requests = new AtomicInteger();
  final AtomicInteger withHeader = new AtomicInteger();
  private final HttpServer server;

  private HttpTarget(HttpServer server, String header, String value) {
    this.server = server;
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      if (value.equals(exchange.getRequestHeaders().getFirst(header))) {
        withHeader.incrementAndGet();
      }
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/slow")) {
        sleep(1500);
      }
      int status = path.equals("/ok") || path.equals("/slow") ? 200 : path.equals("/fail") ? 500 : 404;
      byte[] body = ("answer " + status).getBytes(StandardCharsets.UTF_8);
      try {
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
      } catch (IOException clientGone) {
        // the read timeout hung up
      }
      exchange.close();
    });
    server.start();
    port = server.getAddress().getPort();
  }

  /** Plain HTTP, counting requests whose {@code header} is {@code value}. */
  static HttpTarget http(String header, String value) {
    try {
      return new HttpTarget(HttpServer.create(loopback(), 0), header, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** HTTPS with the key and certificate of {@code tls}. */
  static HttpTarget https(SSLContext tls, String header, String value) {
    try {
      HttpsServer server = HttpsServer.create(loopback(), 0);
      server.setHttpsConfigurator(new HttpsConfigurator(tls));
      return new HttpTarget(server, header, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
