package io.obs.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RouteSeriesTest {

  private final FixedBucketHistogram histogram = new FixedBucketHistogram("h_seconds", "h", new String[] {"k"},
      new double[] {1}, null);
  private final AtomicInteger created = new AtomicInteger();

  private RouteSeries.Entry entry(int key, String errorType) {
    created.incrementAndGet();
    return new RouteSeries.Entry(key, errorType, histogram.labelValues(key + errorType), false);
  }

  @Test
  void keyCombinesMethodAndStatus() {
    assertEquals(200, RouteSeries.key(0, 200));
    assertEquals(1404, RouteSeries.key(1, 404));
    assertEquals(10_999, RouteSeries.key(HttpMethods.OTHER, 999));
  }

  @Test
  void sameKeyAndErrorTypeIsTheSameEntryCreatedOnce() {
    RouteSeries series = new RouteSeries();
    assertNull(series.find(200, ""));
    RouteSeries.Entry first = series.add(200, "", () -> entry(200, ""));
    assertSame(first, series.add(200, "", () -> entry(200, "")));
    assertSame(first, series.find(200, ""));
    assertEquals(1, created.get());
  }

  @Test
  void errorTypeIsComparedByValue() {
    RouteSeries series = new RouteSeries();
    RouteSeries.Entry io = series.add(500, "java.io.IOException", () -> entry(500, "java.io.IOException"));
    assertSame(io, series.find(500, new String("java.io.IOException")));
    assertNull(series.find(500, "500"));
    assertNull(series.find(501, "java.io.IOException"));
    RouteSeries.Entry status = series.add(500, "500", () -> entry(500, "500"));
    assertSame(status, series.find(500, "500"));
    assertSame(io, series.find(500, "java.io.IOException"));
    assertEquals(2, created.get());
  }
}
