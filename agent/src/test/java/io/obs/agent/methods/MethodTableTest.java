package io.obs.agent.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.obs.agent.health.HealthResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ids, names, what matched and what did not, as /health and the reports show them. */
class MethodTableTest {

  private final MethodsConfig config = MethodsConfig.parse("com.shop.OrderService#placeOrder;com.shop.Audit#*",
      Map.of("obs.events.paid", "com.shop.Pay#charge:arg0"), line -> {});
  private final MethodTable table = new MethodTable(config);

  @Test
  void aMethodKeepsItsIdWhenWovenAgainAndOverloadsGetTheirOwn() {
    int first = table.register("com.shop.OrderServiceImpl", "placeOrder", "(J)V", new int[] {0});
    assertEquals(first, table.register("com.shop.OrderServiceImpl", "placeOrder", "(J)V", new int[] {0}));
    int overload = table.register("com.shop.OrderServiceImpl", "placeOrder", "(Ljava/lang/String;)V", new int[] {0});
    assertNotEquals(first, overload);
    MethodInfo info = table.get(first);
    assertEquals("OrderServiceImpl.placeOrder", info.spanName);
    assertEquals("com.shop.OrderServiceImpl.placeOrder", info.functionName);
    assertEquals(0, info.events.length);
    assertEquals(2, table.size());
  }

  @Test
  void eventsAttachToTheMethodsTheirPatternMatchesAndUnmatchedPatternsAreListedAsWritten() {
    assertEquals(List.of("com.shop.OrderService#placeOrder", "com.shop.Audit#*", "com.shop.Pay#charge:arg0"), table.unmatched());
    int charge = table.register("com.shop.CardPay", "charge", "(Ljava/lang/String;)V", new int[] {2});
    table.register("com.shop.Audit", "log", "()V", new int[] {1});
    table.register("com.shop.Audit", "flush", "()V", new int[] {1});
    assertEquals("paid", table.get(charge).events[0].name);
    assertEquals(List.of("com.shop.OrderService#placeOrder"), table.unmatched());
    assertEquals("com.shop.Audit(flush,log), com.shop.CardPay(charge)", table.instrumented());

    HealthResult health = new MethodsCheck(table).check();
    assertEquals(true, health.isUp());
    assertEquals(Map.of("instrumented_methods", 3, "classes", "com.shop.Audit(flush,log), com.shop.CardPay(charge)",
        "unmatched_patterns", "com.shop.OrderService#placeOrder"), health.data());
  }
}
