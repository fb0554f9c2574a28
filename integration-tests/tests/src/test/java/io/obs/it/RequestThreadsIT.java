package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The request thread pool of each container, started without a start file (so while the agent may
 * still be starting): a pool of 4 held busy by slow requests shows no thread idle, busy = limit (Jetty: but
 * one thread it may reserve for its selector) and the rest queued,
 * readiness {@code request-threads} goes DOWN after its {@code for} and UP once the requests end; a
 * pool of 8 under a closed loop of fewer clients than it has free threads stays ready throughout.
 */
class RequestThreadsIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String COUNT = "http_server_threads";
  private static final String LIMIT = "http_server_thread_limit";
  private static final String QUEUE = "http_server_thread_queue_size";
  private static final int SMALL_POOL = 4;
  private static final int HELD = 8;
  private static final int POOL = 8;
  private static final Duration LOAD = Duration.ofSeconds(6);

  @TempDir
  Path tmp;

  /** The one pool the container reports: its labels, from the metrics. */
  private record Pool(String engine, String name) {
    String[] labels(String... more) {
      return Stream.concat(Stream.of("thread_pool_name", name, "webengine_name", engine), Stream.of(more))
          .toArray(String[]::new);
    }

    double busy(Scrape scrape) {
      return scrape.value(COUNT, labels("thread_state", "busy"));
    }
  }

  @ParameterizedTest
  @EnumSource(Container.class)
  void aPoolHeldBusyIsSaturatedAndNotReadyUntilItsRequestsEnd(Container container) throws Exception {
    int appPort = Ports.free();
    String agent = "http://127.0.0.1:" + Ports.free();
    try (AppProcess app = start(container, appPort, agent, SMALL_POOL, "2s")) {
      AppOutput.onFailure(app, () -> {
        Pool pool = awaitReady(app, agent, container);
        Scrape rest = Scrape.of(agent + "/metrics");
        assertEquals(SMALL_POOL, rest.value(LIMIT, pool.labels()), rest.text());
        assertEquals(0, rest.value(QUEUE, pool.labels()), rest.text());
        int busyAtRest = (int) pool.busy(rest); // Jetty's acceptor and selector hold theirs for good
        int free = SMALL_POOL - busyAtRest;
        assertTrue(free > 0 && free < HELD, "free threads at rest: " + free);

        Path release = tmp.resolve("release");
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        for (int i = 0; i < HELD; i++) {
          held.add(client.sendAsync(HttpRequest.newBuilder(URI.create(Container.base(appPort) + "/hold?file=" + release))
              .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()));
        }
        // Tomcat's queue holds the waiting connections only; Jetty's holds its own jobs beside the requests,
        // and a Jetty thread reserved for its selector's next task is neither busy nor idle (nor takes queued jobs)
        boolean jetty = container.isJetty();
        int queued = HELD - free;
        // one scrape for all three: a Jetty thread handing a job over shows as idle for a moment
        Poll.until(TIMEOUT, "no thread idle, all busy (Jetty: all but a reserved one) and " + queued + " queued", () -> {
          Scrape s = Scrape.of(agent + "/metrics");
          double queue = s.value(QUEUE, pool.labels());
          double busy = pool.busy(s);
          return s.value(COUNT, pool.labels("thread_state", "idle")) == 0
              && (jetty ? queue >= queued && busy >= SMALL_POOL - 1 : queue == queued && busy == SMALL_POOL);
        });
        Poll.until(TIMEOUT, "/health/ready 503", () -> Http.status(agent + "/health/ready") == 503);
        HttpResponse<String> down = Http.get(agent + "/health/ready");
        assertEquals("DOWN", HealthJson.check(down.body(), "request-threads"), down.body());
        assertEquals("UP", HealthJson.check(down.body(), "serving"), down.body());
        assertEquals(pool.name(), HealthJson.data(down.body(), "request-threads", "thread_pool_name"), down.body());
        assertEquals("0", HealthJson.data(down.body(), "request-threads", "idle"), down.body());
        int busyDown = Integer.parseInt(HealthJson.data(down.body(), "request-threads", "busy"));
        int queuedDown = Integer.parseInt(HealthJson.data(down.body(), "request-threads", "queued"));
        if (jetty) {
          assertTrue(busyDown >= SMALL_POOL - 1 && queuedDown >= queued, down.body());
        } else {
          assertEquals(SMALL_POOL, busyDown, down.body());
          assertEquals(queued, queuedDown, down.body());
        }

        Files.createFile(release);
        for (CompletableFuture<HttpResponse<String>> response : held) {
          assertEquals("released", response.get().body());
        }
        Poll.until(TIMEOUT, "/health/ready 200", () -> Http.status(agent + "/health/ready") == 200);
        HttpResponse<String> up = Http.get(agent + "/health/ready");
        assertEquals("UP", HealthJson.check(up.body(), "request-threads"), up.body());
        Poll.until(TIMEOUT, "the pool at rest", () -> {
          Scrape s = Scrape.of(agent + "/metrics");
          return pool.busy(s) == busyAtRest && s.value(QUEUE, pool.labels()) == 0;
        });
      });
    }
  }

  @ParameterizedTest
  @EnumSource(Container.class)
  void aHealthyAppUnderFullLoadStaysReady(Container container) throws Exception {
    int appPort = Ports.free();
    String agent = "http://127.0.0.1:" + Ports.free();
    try (AppProcess app = start(container, appPort, agent, POOL, "1s")) {
      AppOutput.onFailure(app, () -> {
        Pool pool = awaitReady(app, agent, container);
        int clients = POOL - (int) pool.busy(Scrape.of(agent + "/metrics")) - 1;
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(clients);
        try {
          List<Future<Integer>> served = new ArrayList<>();
          for (int i = 0; i < clients; i++) {
            served.add(load.submit(() -> closedLoop(Container.base(appPort) + "/plain", stop)));
          }
          long end = System.nanoTime() + LOAD.toNanos();
          int probes = 0;
          while (System.nanoTime() < end) {
            HttpResponse<String> ready = Http.get(agent + "/health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertEquals("UP", HealthJson.check(ready.body(), "request-threads"), ready.body());
            probes++;
            Thread.sleep(100); // a probe cadence, not synchronisation
          }
          stop.set(true);
          int requests = 0;
          for (Future<Integer> f : served) {
            requests += f.get();
          }
          System.out.printf("%s: %d clients, %d requests in %s, %d readiness probes, all UP%n", container, clients,
              requests, LOAD, probes);
          assertTrue(requests > clients * 10, "the load ran: " + requests);
        } finally {
          stop.set(true);
          load.shutdownNow();
        }
      });
    }
  }

  private static int closedLoop(String url, AtomicBoolean stop) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build();
    int served = 0;
    while (!stop.get()) {
      HttpResponse<String> response = Http.send(request);
      assertEquals(200, response.statusCode());
      served++;
    }
    return served;
  }

  private static AppProcess start(Container container, int appPort, String agent, int maxThreads, String saturatedFor) {
    return container.app(Jdk.JDK17, appPort)
        .property("obs.server.port", agent.substring(agent.lastIndexOf(':') + 1))
        .property("obs.health.request-threads.for", saturatedFor)
        .property("obs.traces.exporter", "none")
        .property("it.maxThreads", maxThreads)
        .start();
  }

  /** Ready, with the container's one pool reported under exactly the contract's labels. */
  private static Pool awaitReady(AppProcess app, String agent, Container container) {
    app.awaitOutput(Container.STARTED, TIMEOUT);
    // the check reports from the sampler's first read of the pool, within a second of the start
    Poll.until(TIMEOUT, "/health/ready 200 with request-threads UP", () -> {
      HttpResponse<String> ready = Http.get(agent + "/health/ready");
      return ready.statusCode() == 200 && "UP".equals(HealthJson.check(ready.body(), "request-threads"));
    });
    Scrape scrape = Scrape.of(agent + "/metrics");
    List<Scrape.Sample> limits = scrape.samples(LIMIT);
    assertEquals(1, limits.size(), scrape.text());
    Map<String, String> labels = limits.get(0).labels;
    assertEquals(List.of("thread_pool_name", "webengine_name"), labels.keySet().stream().sorted().collect(Collectors.toList()));
    Pool pool = new Pool(labels.get("webengine_name"), labels.get("thread_pool_name"));
    assertEquals(container.isJetty() ? "jetty" : "tomcat", pool.engine());
    assertEquals(2, scrape.samples(COUNT).size(), scrape.text());
    assertEquals(1, scrape.samples(QUEUE).size(), scrape.text());
    return pool;
  }
}
