package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.obs.it.OtlpReceiver.ReceivedSpan;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Methods and business events configured by system properties only, in the methods app: an
 * interface with two implementations, an abstract method, one overload of two, a private method and
 * a class loaded before Byte Buddy was ready. One workload run (3 standard orders, 2 express orders,
 * 1 declined charge, 2 early calls) gives exact spans with their parents, exact histogram counts per
 * label set, one redacted event line per order with the trace id of its span, and the reports of a
 * bad pattern and of patterns that never match, while the app answers as it does without the agent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MethodsIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String PKG = "io.obs.it.methods.";
  private static final String BAD_PATTERN = PKG + "Inventory";
  private static final String METHODS = PKG + "OrderService#placeOrder; " + PKG + "PaymentGateway#charge;"
      + PKG + "Inventory#reserve(java.lang.String, int);" + PKG + "Inventory#check;" + PKG + "EarlyConfig#describe;"
      + PKG + "NeverLoaded#run;" + PKG + "Inventory#noSuchMethod;" + BAD_PATTERN;
  private static final String EVENT = PKG + "OrderService#placeOrder:orderId=arg0.id,contact=arg0.email,"
      + "payment=arg0.card,total=return";

  private OtlpReceiver receiver;
  private ControlledApp app;
  private String answer;

  /** The JDK the app runs on; {@link MethodsJdk25IT} runs the same tests on JDK 25. */
  Jdk jdk() {
    return Jdk.JDK17;
  }

  @BeforeAll
  void start() throws Exception {
    receiver = OtlpReceiver.start();
    app = ControlledApp.start(AppProcess.builder("methods", PKG + "MethodsApp").jdk(jdk())
        .property("obs.exporter.otlp.endpoint", receiver.endpoint())
        .property("obs.traces.export.delay", "100ms")
        .property("obs.methods", METHODS)
        .property("obs.events.order.placed", EVENT)
        .property("obs.methods.unmatched.report-after", "3s")
        .property("obs.health.serving.enabled", false), "methods app methods-it ready", TIMEOUT);
    AppOutput.onFailure(app.process, () -> {
      HttpResponse<String> run = Http.get(app.control + "/run");
      assertEquals(200, run.statusCode());
      answer = run.body();
    });
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.close();
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void theAppComputesWhatItComputesWithoutTheAgentDespiteABadPattern() throws Exception {
    AppOutput.onFailure(app.process, () -> {
      assertEquals("charged=7200 reserved=13 declined=1 name=methods-it10\n", answer);
      assertEquals(List.of("obs-agent: invalid pattern \"" + BAD_PATTERN + "\" in obs.methods: no '#' between class and"
          + " method; allowed: Class#method, Class#method(type,...) or Class#*, e.g. com.shop.OrderService#placeOrder,"
          + " separated by ';'; this pattern is ignored"), AppOutput.agentLines(app.process, "invalid"));
      app.process.awaitOutput("\"event\":\"agent.config.invalid\"", TIMEOUT);
      assertEquals(1, Arrays.stream(app.process.output().split("\n")).filter(l -> l.contains("\"event\":\"agent.config.invalid\"")
          && l.contains("\"key\":\"obs.methods\"") && l.contains(BAD_PATTERN)).count());
      // EarlyConfig loads in main's first line; CardGateway when the verifier checks MethodsApp.run
      assertEquals(List.of("obs-agent: methods instrumented at start: " + PKG + "CardGateway(charge), " + PKG
          + "EarlyConfig(describe)"),
          AppOutput.agentLines(app.process, "instrumented at start"));
    });
  }

  @Test
  void everyCallIsOneSpanUnderTheCallThatMadeIt() throws Exception {
    AppOutput.onFailure(app.process, () -> {
      Poll.until(TIMEOUT, "28 spans", () -> receiver.spans().size() >= 28);
      List<ReceivedSpan> spans = receiver.spans();
      assertEquals(Map.of("StandardOrderService.placeOrder", 3L, "ExpressOrderService.placeOrder", 2L,
          "Inventory.reserve", 5L, "Inventory.check", 10L, "CardGateway.charge", 6L, "EarlyConfig.describe", 2L),
          spans.stream().collect(Collectors.groupingBy(ReceivedSpan::name, Collectors.counting())));
      Map<String, ReceivedSpan> byId = spans.stream().collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity()));
      Map<String, Long> parents = new TreeMap<>(spans.stream().collect(Collectors.groupingBy(
          s -> s.name() + " <- " + (s.parentSpanId().isEmpty() ? "root" : byId.get(s.parentSpanId()).name()),
          Collectors.counting())));
      assertEquals(new TreeMap<>(Map.of(
          "StandardOrderService.placeOrder <- root", 3L, "ExpressOrderService.placeOrder <- root", 2L,
          "Inventory.reserve <- StandardOrderService.placeOrder", 3L, "Inventory.reserve <- ExpressOrderService.placeOrder", 2L,
          "Inventory.check <- Inventory.reserve", 5L, "Inventory.check <- StandardOrderService.placeOrder", 3L,
          "Inventory.check <- ExpressOrderService.placeOrder", 2L, "CardGateway.charge <- StandardOrderService.placeOrder", 3L,
          "CardGateway.charge <- ExpressOrderService.placeOrder", 2L, "CardGateway.charge <- root", 1L)), 
          withoutEarly(parents));
      ReceivedSpan declined = spans.stream().filter(s -> s.name().equals("CardGateway.charge") && s.parentSpanId().isEmpty())
          .findFirst().orElseThrow();
      assertEquals("INTERNAL", declined.kind());
      assertEquals("ERROR", declined.status());
      assertEquals("java.lang.IllegalStateException", declined.attribute("error.type"));
      assertEquals(PKG + "CardGateway.charge", declined.attribute("code.function.name"));
      assertEquals(PKG + "CardGateway", declined.attribute("code.namespace"));
      assertEquals(List.of("exception[exception.message, exception.stacktrace, exception.type]"), declined.events());
    });
  }

  private static Map<String, Long> withoutEarly(Map<String, Long> parents) {
    assertEquals(2L, parents.remove("EarlyConfig.describe <- root"));
    return parents;
  }

  @Test
  void eachMethodIsMeasuredUnderItsClassMethodAndErrorType() throws Exception {
    AppOutput.onFailure(app.process, () -> {
      Scrape scrape = Scrape.of(app.agent + "/metrics");
      Map<String, Double> counts = scrape.samples("app_method_duration_seconds_count").stream().collect(Collectors.toMap(
          s -> s.labels.get("class").replace(PKG, "") + "|" + s.labels.get("method") + "|" + s.labels.get("error_type"),
          s -> s.value));
      assertEquals(Map.of("StandardOrderService|placeOrder|", 3.0, "ExpressOrderService|placeOrder|", 2.0,
          "Inventory|reserve|", 5.0, "Inventory|check|", 10.0, "CardGateway|charge|", 5.0,
          "CardGateway|charge|java.lang.IllegalStateException", 1.0, "EarlyConfig|describe|", 2.0), counts);
      scrape.samples("app_method_duration_seconds_count").forEach(s -> assertEquals(3, s.labels.size(), s.toString()));
      assertEquals(5.0, scrape.value("app_events_total", "event", "order.placed"));
    });
  }

  @Test
  void eachOrderIsOneRedactedEventLineWithTheTraceOfItsSpan() throws Exception {
    AppOutput.onFailure(app.process, () -> {
      Poll.until(TIMEOUT, "5 placeOrder spans", () -> receiver.spans().stream()
          .filter(s -> s.name().endsWith(".placeOrder")).count() == 5);
      Map<String, String> traceByOrder = receiver.spans().stream().filter(s -> s.name().endsWith(".placeOrder"))
          .collect(Collectors.toMap(ReceivedSpan::spanId, ReceivedSpan::traceId));
      Poll.until(TIMEOUT, "5 order.placed lines from the event log's thread", () -> orderLines().size() >= 5);
      List<String> lines = orderLines();
      assertEquals(5, lines.size(), lines::toString);
      List<String> expected = List.of("s-1\",\"contact\":\"REDACTED\",\"payment\":\"REDACTED\",\"total\":\"1000\"}",
          "s-2\",\"contact\":\"REDACTED\",\"payment\":\"REDACTED\",\"total\":\"2000\"}",
          "s-3\",\"contact\":\"REDACTED\",\"payment\":\"REDACTED\",\"total\":\"3000\"}",
          "x-1\",\"contact\":\"REDACTED\",\"payment\":\"REDACTED\",\"total\":\"600\"}",
          "x-2\",\"contact\":\"REDACTED\",\"payment\":\"REDACTED\",\"total\":\"600\"}");
      for (int i = 0; i < 5; i++) {
        String line = lines.get(i);
        assertTrue(line.endsWith("\"orderId\":\"" + expected.get(i)), line);
        String spanId = field(line, "span_id");
        assertEquals(traceByOrder.get(spanId), field(line, "trace_id"), line);
        assertTrue(line.contains("\"code.namespace\":\"" + PKG + (i < 3 ? "Standard" : "Express") + "OrderService\""), line);
      }
    });
  }

  @Test
  void patternsThatNeverMatchAreReportedOnceAndOnHealthWithoutTakingTheAppDown() throws Exception {
    AppOutput.onFailure(app.process, () -> {
      String unmatched = PKG + "NeverLoaded#run; " + PKG + "Inventory#noSuchMethod";
      app.process.awaitOutput("matched no loaded method", TIMEOUT);
      assertEquals(List.of("obs-agent: these method patterns matched no loaded method within 3000ms (a class not loaded"
          + " yet, or a misspelt name; /health lists them while it lasts): " + unmatched),
          AppOutput.agentLines(app.process, "matched no loaded method"));
      app.process.awaitOutput("\"event\":\"agent.methods.unmatched\"", TIMEOUT); // written by the event log's thread
      assertEquals(1, Arrays.stream(app.process.output().split("\n"))
          .filter(l -> l.contains("\"event\":\"agent.methods.unmatched\"") && l.contains(unmatched)).count());
      HttpResponse<String> health = Http.get(app.agent + "/health");
      assertEquals(200, health.statusCode(), health.body());
      assertEquals("UP", HealthJson.check(health.body(), "methods"), health.body());
      assertEquals(unmatched, HealthJson.data(health.body(), "methods", "unmatched_patterns"), health.body());
      assertEquals("6", HealthJson.data(health.body(), "methods", "instrumented_methods"), health.body());
      assertEquals(PKG + "CardGateway(charge), " + PKG + "EarlyConfig(describe), " + PKG + "ExpressOrderService(placeOrder), "
          + PKG + "Inventory(check,reserve), " + PKG + "StandardOrderService(placeOrder)",
          HealthJson.data(health.body(), "methods", "classes"), health.body());
    });
  }

  private List<String> orderLines() {
    return Arrays.stream(app.process.output().split("\n")).filter(l -> l.contains("\"event\":\"order.placed\""))
        .collect(Collectors.toList());
  }

  private static String field(String jsonLine, String name) {
    int start = jsonLine.indexOf("\"" + name + "\":\"") + name.length() + 4;
    return jsonLine.substring(start, jsonLine.indexOf('"', start));
  }
}
