package io.obs.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One GET with {@code HttpURLConnection} (status, body read, stream closed, so the connection is
 * kept alive) to a JDK HttpServer on 127.0.0.1 in the same JVM answering 200 with two bytes.
 */
public abstract class HttpClientBenchmark extends PerCall {

  /** Without it the server's small writes meet the client's delayed ACKs: 40 ms a call, all of it waiting. */
  static final String NO_DELAY = "-Dsun.net.httpserver.nodelay=true";
  private static final byte[] BODY = {'o', 'k'};

  private HttpServer server;
  private URL url;

  @Setup
  public void start() throws IOException, InterruptedException {
    Agent.awaitStarted();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(200, BODY.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(BODY);
      }
    });
    server.start();
    url = new URL("http://127.0.0.1:" + server.getAddress().getPort() + "/ok");
  }

  @TearDown
  public void stop() {
    Agent.printCounts("http_client_request_duration_seconds_count");
    server.stop(0);
    ((ExecutorService) server.getExecutor()).shutdownNow();
  }

  @Benchmark
  public int get() throws IOException {
    HttpURLConnection connection = (HttpURLConnection) url.openConnection();
    int status = connection.getResponseCode();
    try (InputStream in = connection.getInputStream()) {
      in.readAllBytes();
    }
    return status;
  }

  /** The JVM as it is. */
  @Fork(value = 1, jvmArgsAppend = NO_DELAY)
  public static class NoAgent extends HttpClientBenchmark {}

  /** Under the agent, measured once its weaving is in place. */
  @Fork(value = 1, jvmArgsAppend = {Agent.JAVAAGENT, Agent.SETTINGS, NO_DELAY})
  public static class WithAgent extends HttpClientBenchmark {}
}
