package io.obs.agent.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.obs.agent.Await;
import io.obs.agent.TestRedactor;
import io.obs.agent.config.AgentConfig;
import io.obs.agent.log.EventLog;
import io.obs.agent.log.EventLogSetup;
import io.obs.agent.metrics.CardinalityGuard;
import io.obs.agent.metrics.HistogramCounts;
import io.obs.agent.trace.TestTracing;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Spans, the histogram and business events of configured methods, driven as the bridge drives them. */
class MethodRecorderTest {

  static final class Order {
    final String id;

    Order(String id) {
      this.id = id;
    }
  }

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<String> problems = new ArrayList<>();
  private final MethodsConfig config = MethodsConfig.parse("com.shop.Cart#add;com.shop.Cart#remove",
      Map.of("obs.events.order.placed", "com.shop.OrderService#placeOrder:arg0.id,return"), problems::add);
  private final MethodTable table = new MethodTable(config);
  private final MethodRecorder recorder = new MethodRecorder(table,
      new MethodMetrics(registry, new CardinalityGuard(3, Counter.builder().name("overflow").register(registry).labelValues()),
          false, List.of("order.placed")),
      TestTracing.into(spans), eventLog(), TestRedactor.standard());

  private EventLog eventLog() {
    AgentConfig stdout = AgentConfig.load("", new Properties(), Map.of(), problems::add);
    return EventLogSetup.create(stdout, "shop", registry, new PrintStream(out, true), System.err, TestRedactor.standard());
  }

  private Map<String, Long> durations() {
    return HistogramCounts.of(registry, MethodMetrics.DURATION, "class", "method", "error_type");
  }

  private double eventsCounted(String event) {
    return registry.scrape().stream().filter(m -> m.getMetadata().getName().equals("app_events"))
        .flatMap(m -> ((CounterSnapshot) m).getDataPoints().stream())
        .filter(p -> event.equals(p.getLabels().get("event"))).mapToDouble(CounterSnapshot.CounterDataPointSnapshot::getValue)
        .sum();
  }

  @Test
  void aNestedCallIsAChildSpanAndEachCallIsMeasuredUnderItsClassAndMethod() {
    int add = table.register("com.shop.Cart", "add", "(Ljava/lang/String;)V", new int[] {0});
    int remove = table.register("com.shop.Cart", "remove", "()V", new int[] {1});
    Object outer = recorder.enter(add);
    Object inner = recorder.enter(remove);
    recorder.exit(inner, new IllegalArgumentException("no item for jane.doe@example.com"), null, null);
    recorder.exit(outer, null, null, null);
    recorder.exit(recorder.enter(add), null, null, null);

    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(3, finished.size());
    SpanData removed = finished.get(0);
    SpanData added = finished.get(1);
    assertEquals("Cart.remove", removed.getName());
    assertEquals("Cart.add", added.getName());
    assertEquals(SpanKind.INTERNAL, added.getKind());
    assertEquals(added.getSpanId(), removed.getParentSpanId());
    assertEquals(added.getTraceId(), removed.getTraceId());
    assertTrue(!finished.get(2).getParentSpanContext().isValid(), "the third call is a root again");
    assertEquals("com.shop.Cart.add", added.getAttributes().get(AttributeKey.stringKey("code.function.name")));
    assertEquals("com.shop.Cart", added.getAttributes().get(AttributeKey.stringKey("code.namespace")));
    assertEquals(StatusCode.ERROR, removed.getStatus().getStatusCode());
    assertEquals("java.lang.IllegalArgumentException", removed.getAttributes().get(AttributeKey.stringKey("error.type")));
    EventData exception = removed.getEvents().get(0);
    assertEquals("exception", exception.getName());
    assertEquals("no item for REDACTED", exception.getAttributes().get(AttributeKey.stringKey("exception.message")));

    assertEquals(Map.of("com.shop.Cart|add|", 2L, "com.shop.Cart|remove|java.lang.IllegalArgumentException", 1L), durations());
    assertNull(recorder.enter(99), "an id the table did not hand out");
  }

  @Test
  void errorTypesPastTheLimitFoldIntoOther() {
    int add = table.register("com.shop.Cart", "add", "()V", new int[] {0});
    for (RuntimeException e : List.of(new IllegalStateException(), new IllegalArgumentException(), new ArithmeticException(),
        new UnsupportedOperationException(), new ArithmeticException())) {
      recorder.exit(recorder.enter(add), e, null, null);
    }
    assertEquals(Map.of("com.shop.Cart|add|java.lang.IllegalStateException", 1L,
        "com.shop.Cart|add|java.lang.IllegalArgumentException", 1L, "com.shop.Cart|add|java.lang.ArithmeticException", 2L,
        "com.shop.Cart|add|_OTHER", 1L), durations());
  }

  @Test
  void aMethodWithAnEventEmitsItWhenItReturnsWithTheSpansTraceId() {
    int placeOrder = table.register("com.shop.OrderService", "placeOrder", "(Lcom/shop/Order;)J", new int[] {2});
    recorder.exit(recorder.enter(placeOrder), null, new Object[] {new Order("o-17")}, 1234L);
    recorder.exit(recorder.enter(placeOrder), new IllegalStateException("declined"), new Object[] {new Order("o-18")}, null);

    Await.until("the event line", () -> out.toString(StandardCharsets.UTF_8).contains("order.placed"));
    String line = out.toString(StandardCharsets.UTF_8).trim();
    assertEquals(1, line.split("\n").length, line);
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertTrue(line.contains("\"event\":\"order.placed\""), line);
    assertTrue(line.contains("\"trace_id\":\"" + span.getTraceId() + "\",\"span_id\":\"" + span.getSpanId() + "\""), line);
    assertTrue(line.endsWith("\"code.namespace\":\"com.shop.OrderService\",\"code.function.name\":"
        + "\"com.shop.OrderService.placeOrder\",\"arg0.id\":\"o-17\",\"return\":\"1234\"}"), line);
    assertEquals(1.0, eventsCounted("order.placed"));
    assertEquals(List.of(), problems);
  }
}
