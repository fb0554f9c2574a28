import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in OTLP/HTTP backend for load runs: accepts every export (traces, metrics, logs), keeps nothing.
 * Usage: java OtlpSink.java PORT
 */
public class OtlpSink {
  public static void main(String[] args) throws Exception {
    AtomicLong requests = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 50);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext("/v1/", exchange -> {
      bytes.addAndGet(exchange.getRequestBody().readAllBytes().length);
      requests.incrementAndGet();
      exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.createContext("/stats", exchange -> {
      byte[] body = (requests.get() + " " + bytes.get() + "\n").getBytes();
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }
}
