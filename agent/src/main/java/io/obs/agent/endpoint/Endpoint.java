package io.obs.agent.endpoint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.obs.agent.health.HealthCheck;
import io.obs.agent.health.HealthService;
import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The agent's HTTP endpoint inside the application's JVM: {@code /metrics} (Prometheus text or
 * OpenMetrics by {@code Accept}), {@code /health}, {@code /health/live}, {@code /health/ready}.
 * Unknown paths get 404, methods other than GET/HEAD 405. Two daemon threads at most.
 */
public final class Endpoint {

  private final HttpServer server;
  private final ExecutorService executor;

  private Endpoint(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** @throws IOException when the address cannot be bound (port in use, unknown host) */
  /**
   * @param beforeFirstScrape runs once, on the first {@code /metrics} request (registers what is too
   *     costly to set up while the application starts)
   */
  public static Endpoint start(String host, int port, PrometheusRegistry registry, HealthService health,
      Runnable beforeFirstScrape, Consumer<Throwable> onError) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
    AtomicInteger threadNumber = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(64), r -> {
      Thread t = new Thread(r, "obs-agent-http-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.DiscardPolicy());
    server.setExecutor(executor);
    PrometheusScrapeHandler scrapeHandler = new PrometheusScrapeHandler(PrometheusProperties.get(), registry);
    AtomicBoolean scraped = new AtomicBoolean();
    Scrape scrape = exchange -> {
      if (!scraped.get() && scraped.compareAndSet(false, true)) {
        beforeFirstScrape.run();
      }
      scrapeHandler.handleRequest(new TextFormatsOnly(exchange));
    };
    server.createContext("/", exchange -> {
      try {
        route(exchange, scrape, health);
      } catch (Throwable t) {
        onError.accept(t);
        exchange.close();
      }
    });
    server.start();
    return new Endpoint(server, executor);
  }

  private interface Scrape {
    void handle(HttpExchange exchange) throws IOException;
  }

  private static void route(HttpExchange exchange, Scrape scrape, HealthService health)
      throws IOException {
    String path = exchange.getRequestURI().getPath();
    HealthCheck.Kind kind;
    boolean isHealth = true;
    switch (path) {
      case "/metrics":
        isHealth = false;
        kind = null;
        break;
      case "/health":
        kind = null;
        break;
      case "/health/live":
        kind = HealthCheck.Kind.LIVENESS;
        break;
      case "/health/ready":
        kind = HealthCheck.Kind.READINESS;
        break;
      default:
        respond(exchange, 404, "text/plain; charset=utf-8", "Not found. Try /metrics, /health, /health/live or /health/ready\n".getBytes(StandardCharsets.UTF_8));
        return;
    }
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      respond(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (!isHealth) {
      scrape.handle(exchange);
      return;
    }
    HealthService.Report report = health.report(kind);
    respond(exchange, report.up ? 200 : 503, "application/json", report.json);
  }

  private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public void stop() {
    server.stop(0);
    executor.shutdownNow();
  }
}
