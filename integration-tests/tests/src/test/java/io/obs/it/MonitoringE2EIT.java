package io.obs.it;

import static io.obs.it.MonitoringConfig.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.yaml.snakeyaml.Yaml;

/**
 * The checked-in monitoring, live: the demo under the agent, the real Prometheus (checked-in
 * prometheus.yml and symptom rules; the SLO rules regenerated with every window divided by 60)
 * and the real Alertmanager (checked-in alertmanager.yml, webhook pointed at this test, waits
 * shortened). A burst of errors must page through the webhook and resolve after; every Grafana
 * panel's query must return data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringE2EIT {

  /**
   * The contract's metric families the agent does not export yet (later issues): their panels and
   * rules are checked for valid PromQL only. Remove a family here when it is exported.
   */
  static final Set<String> NOT_YET_EXPORTED = Set.of();
  private static final int TIME_DIVISOR = 60;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String PAGE = "AvailabilityBurnRatePage";

  private final List<Process> servers = new ArrayList<>();
  private final List<Map<String, Object>> notifications = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService traffic = Executors.newScheduledThreadPool(2);
  private Path work;
  private AppProcess demo;
  private OtlpReceiver otlp;
  private HttpServer webhook;
  private String app;
  private String prometheus;
  private long started;

  @BeforeAll
  void startTheStack() throws IOException {
    started = System.nanoTime();
    work = Files.createTempDirectory("obs-it-monitoring-");
    int appPort = Ports.free();
    int agentPort = Ports.free();
    int promPort = Ports.free();
    int amPort = Ports.free();
    app = "http://127.0.0.1:" + appPort;
    prometheus = "http://127.0.0.1:" + promPort;
    otlp = OtlpReceiver.start();
    // the HikariCP pool: the JDBC pool panels and DbPoolExhausted have data
    demo = Demo.exportingTo(otlp.endpoint(), "demo", appPort, agentPort).property("demo.pool", "hikari").start();
    webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    webhook.createContext("/alerts", exchange -> {
      notifications.add(new Yaml().load(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    webhook.start();

    Files.createDirectories(work.resolve("rules"));
    Files.copy(MonitoringConfig.path("prometheus/rules/symptoms.yml"), work.resolve("rules/symptoms.yml"));
    Files.copy(MonitoringConfig.path("prometheus/rules/saturation.yml"), work.resolve("rules/saturation.yml"));
    String header = Files.readString(MonitoringConfig.path("prometheus/rules/slo-demo.yml")).lines().findFirst().orElseThrow();
    MonitoringConfig.Result rules = GeneratedRulesIT.cli(
        (header.substring(header.indexOf(" slo ") + 1) + " --time-divisor " + TIME_DIVISOR).split(" "));
    assertEquals(0, rules.exitCode, rules::toString);
    Files.writeString(work.resolve("rules/slo-demo.yml"), rules.stdout);
    Files.writeString(work.resolve("prometheus.yml"), prometheusConfig(agentPort, promPort, amPort));
    writeAlertmanagerConfig(webhook.getAddress().getPort());

    start("alertmanager", MonitoringConfig.binary("prometheus-alertmanager", "prometheus-alertmanager"),
        "--config.file=" + work.resolve("alertmanager.yml"), "--storage.path=" + work.resolve("am-data"),
        "--web.listen-address=127.0.0.1:" + amPort, "--cluster.listen-address=");
    start("prometheus", MonitoringConfig.binary("prometheus", "prometheus"), "--config.file=" + work.resolve("prometheus.yml"),
        "--storage.tsdb.path=" + work.resolve("prom-data"), "--web.listen-address=127.0.0.1:" + promPort,
        "--enable-feature=exemplar-storage");
    Poll.until(TIMEOUT, "/health/ready of the demo", () -> Http.status("http://127.0.0.1:" + agentPort + "/health/ready") == 200);
    traffic.scheduleAtFixedRate(() -> Http.status(app + "/users/1"), 0, 20, TimeUnit.MILLISECONDS);
    // JDBC (the database dashboard) and an outbound HTTP call (the dependencies dashboard)
    traffic.scheduleAtFixedRate(() -> {
      Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app + "/orders"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("item=book&qty=1")).build());
      Http.status(app + "/orders");
      Http.status(app + "/chain");
    }, 0, 200, TimeUnit.MILLISECONDS);
    Poll.until(TIMEOUT, "Prometheus recording the demo's request rate", () -> !query("service:http_server_requests:rate5m").isEmpty());
  }

  @SuppressWarnings("unchecked")
  private String prometheusConfig(int agentPort, int promPort, int amPort) {
    Map<String, Object> config = MonitoringConfig.yaml(MonitoringConfig.path("prometheus/prometheus.yml"));
    Map<String, Object> global = get(config, "global");
    global.put("scrape_interval", "1s");
    global.put("evaluation_interval", "1s");
    ((Map<String, Object>) ((List<Object>) get(get(config, "alerting"), "alertmanagers")).get(0))
        .put("static_configs", List.of(Map.of("targets", List.of("127.0.0.1:" + amPort))));
    for (Object job : (List<Object>) get(config, "scrape_configs")) {
      Map<String, Object> target = (Map<String, Object>) ((List<Object>) get(job, "static_configs")).get(0);
      int port = "obs-agent".equals(get(job, "job_name")) ? agentPort : promPort;
      target.put("targets", List.of("127.0.0.1:" + port));
    }
    return new Yaml().dump(config);
  }

  @SuppressWarnings("unchecked")
  private void writeAlertmanagerConfig(int webhookPort) throws IOException {
    Map<String, Object> config = MonitoringConfig.yaml(MonitoringConfig.path("alertmanager/alertmanager.yml"));
    Map<String, Object> global = get(config, "global");
    global.put("pagerduty_url", "http://127.0.0.1:9/"); // nothing leaves this machine
    global.put("smtp_smarthost", "127.0.0.1:9");
    Map<String, Object> route = get(config, "route");
    route.put("group_wait", "1s");
    route.put("group_interval", "1s");
    for (Object child : (List<Object>) route.get("routes")) {
      ((Map<String, Object>) child).keySet().removeAll(Set.of("group_wait", "group_interval"));
    }
    for (Object receiver : (List<Object>) get(config, "receivers")) {
      List<Object> hooks = get(receiver, "webhook_configs");
      if (hooks != null) {
        ((Map<String, Object>) hooks.get(0)).put("url", "http://127.0.0.1:" + webhookPort + "/alerts");
      }
    }
    Files.writeString(work.resolve("alertmanager.yml"), new Yaml().dump(config));
    Files.createDirectories(work.resolve("secrets"));
    for (String secret : List.of("webhook-token", "pagerduty-routing-key", "smtp-password")) {
      Files.writeString(work.resolve("secrets/" + secret), "test-" + secret);
    }
    Files.writeString(work.resolve("secrets/slack-webhook-url"), "http://127.0.0.1:9/slack");
  }

  private void start(String name, String... command) throws IOException {
    Path log = work.resolve(name + ".log");
    servers.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
  }

  @AfterAll
  void stop() throws IOException {
    traffic.shutdownNow();
    for (Process server : servers) {
      server.destroy();
    }
    for (Process server : servers) {
      try {
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (webhook != null) {
      webhook.stop(0);
    }
    if (demo != null) {
      demo.close();
    }
    if (otlp != null) {
      otlp.close();
    }
    System.out.println("MonitoringE2EIT took " + (System.nanoTime() - started) / 1_000_000_000 + " s; logs in " + work);
  }

  /** The result vector of an instant query; fails on an error, such as invalid PromQL. */
  private List<Object> query(String promql) {
    String body = Http.get(prometheus + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).body();
    Map<String, Object> response = new Yaml().load(body);
    assertEquals("success", get(response, "status"), () -> promql + " → " + body);
    return get(get(response, "data"), "result");
  }

  private boolean notified(String status) {
    return notifications.stream().flatMap(n -> MonitoringConfig.<List<Object>>get(n, "alerts").stream())
        .anyMatch(a -> status.equals(get(a, "status")) && PAGE.equals(get(get(a, "labels"), "alertname"))
            && "demo".equals(get(get(a, "labels"), "service")) && "page".equals(get(get(a, "labels"), "severity"))
            && ((String) get(get(a, "annotations"), "runbook_url")).endsWith("/" + PAGE + ".md"));
  }

  @Test
  @Order(1)
  void aBurstOfErrorsPagesThroughAlertmanagerAndResolves() {
    Poll.until(Duration.ofSeconds(20), "some clean traffic", () -> !query("service:http_server_request_error_ratio:rate1h == 0").isEmpty());
    assertTrue(notifications.isEmpty() || !notified("firing"), "paged before any error: " + notifications);
    var burst = traffic.scheduleAtFixedRate(() -> Http.status(app + "/fail"), 0, 20, TimeUnit.MILLISECONDS);
    try {
      Poll.until(TIMEOUT, PAGE + " firing at the webhook (notifications: " + notifications + ")", () -> notified("firing"));
    } finally {
      burst.cancel(false);
    }
    Poll.until(Duration.ofSeconds(90), PAGE + " resolved at the webhook", () -> notified("resolved"));
  }

  @Test
  @Order(2)
  void everyDashboardPanelQueryReturnsData() {
    int checked = 0;
    List<String> empty = new ArrayList<>();
    for (Path dashboard : ConfigFilesIT.dashboards()) {
      for (Object panel : MonitoringConfig.<List<Object>>get(MonitoringConfig.yaml(dashboard), "panels")) {
        if ("row".equals(get(panel, "type"))) {
          continue;
        }
        for (Object target : MonitoringConfig.<List<Object>>get(panel, "targets")) {
          String expr = ((String) get(target, "expr")).replace("$service", "demo").replace("$instance", ".*")
              .replace("$__rate_interval", "1m");
          checked++;
          if (query(expr).isEmpty() && NOT_YET_EXPORTED.stream().noneMatch(expr::contains)) {
            empty.add(dashboard.getFileName() + " / " + get(panel, "title") + ": " + expr);
          }
        }
      }
    }
    assertEquals(List.of(), empty, "panel queries without data");
    System.out.println("MonitoringE2EIT: " + checked + " panel queries checked live");
  }

  @Test
  @Order(3)
  void everyMetricTheRulesUseIsExported() throws IOException {
    Matcher names = Pattern.compile("\\b(up|(?:obs|jvm|process|http|db)_[a-z_]+?)(?:_bucket|_count|_sum)?\\b(?=[{\\[])")
        .matcher(Files.readString(work.resolve("rules/symptoms.yml")) + Files.readString(work.resolve("rules/slo-demo.yml"))
            + Files.readString(work.resolve("rules/saturation.yml")));
    List<String> missing = new ArrayList<>();
    int checked = 0;
    while (names.find()) {
      String name = names.group(0);
      checked++;
      if (!NOT_YET_EXPORTED.contains(names.group(1)) && !NOT_YET_EXPORTED.contains(name) && query("count(" + name + "{service=\"demo\"})").isEmpty()) {
        missing.add(name);
      }
    }
    assertTrue(checked > 10, "found only " + checked + " metric names");
    assertEquals(List.of(), missing, "metrics the rules use that the demo does not export");
  }

  @Test
  @Order(4)
  void theDemosHikariPoolAndItsSpansAreTheOnesMeasured() {
    List<Object> max = query("db_client_connection_max{service=\"demo\"}");
    assertEquals(1, max.size(), max::toString);
    assertEquals(Map.of("__name__", "db_client_connection_max", "db_client_connection_pool_name", "demo", "service", "demo",
        "job", "obs-agent", "instance", get(get(max.get(0), "metric"), "instance")), get(max.get(0), "metric"));
    assertEquals("10", MonitoringConfig.<List<Object>>get(max.get(0), "value").get(1), "HikariCP's default maximumPoolSize");
    assertTrue(!query("db_client_connection_wait_time_seconds_count{service=\"demo\",db_client_connection_pool_name=\"demo\"} > 0")
        .isEmpty(), "checkouts of the demo pool");
    assertTrue(!query("obs_agent_spans_exported_total{service=\"demo\"} > 0").isEmpty(), "spans exported");
    assertTrue(!otlp.spans().isEmpty(), "spans received");
  }
}
