package io.obs.agent.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeapCheckTest {

  private static Map<String, Object> data(long used, long max, double ratio, double threshold) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("used_after_gc_bytes", used);
    data.put("max_bytes", max);
    data.put("ratio", ratio);
    data.put("threshold", threshold);
    return data;
  }

  @Test
  void ratioEqualToTheThresholdIsUp() {
    HealthResult result = HeapCheck.evaluate(95, 100, 0.95);
    assertTrue(result.isUp());
    assertEquals(data(95L, 100L, 0.95, 0.95), result.data());
  }

  @Test
  void ratioAboveTheThresholdIsDown() {
    HealthResult result = HeapCheck.evaluate(96, 100, 0.95);
    assertFalse(result.isUp());
    assertEquals(data(96L, 100L, 0.96, 0.95), result.data());
  }

  @Test
  void justAboveTheThresholdIsDownEvenWhenTheRoundedRatioIsNot() {
    HealthResult result = HeapCheck.evaluate(950_001, 1_000_000, 0.95);
    assertFalse(result.isUp());
    assertEquals(0.95, result.data().get("ratio"));
  }

  @Test
  void ratioIsRoundedToThreeDecimals() {
    assertEquals(0.333, HeapCheck.evaluate(1, 3, 0.5).data().get("ratio"));
    assertEquals(0.667, HeapCheck.evaluate(2, 3, 0.5).data().get("ratio"));
  }

  @Test
  void unknownMaximumIsUp() {
    HealthResult result = HeapCheck.evaluate(1_000, -1, 0.5);
    assertTrue(result.isUp());
    assertEquals(data(1_000L, -1L, 0.0, 0.5), result.data());
  }

  @Test
  void checkReadsThisJvm() {
    HeapCheck check = new HeapCheck(1.0);
    assertEquals("heap", check.name());
    assertEquals(HealthCheck.Kind.READINESS, check.kind());
    HealthResult result = check.check();
    assertTrue(result.isUp());
    assertEquals(List.of("used_after_gc_bytes", "max_bytes", "ratio", "threshold"), List.copyOf(result.data().keySet()));
    assertEquals(Runtime.getRuntime().maxMemory(), result.data().get("max_bytes"));
    assertEquals(1.0, result.data().get("threshold"));
  }
}
