package io.obs.agent.saturation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GcOverheadTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void zeroUntilTwoSamples() {
    GcOverhead gc = new GcOverhead();
    assertEquals(0, gc.ratio());
    gc.sample(0, 500);
    assertEquals(0, gc.ratio());
  }

  @Test
  void sinceTheFirstSampleBeforeAMinute() {
    GcOverhead gc = new GcOverhead();
    gc.sample(0, 1000);
    gc.sample(SECOND, 1100);
    gc.sample(2 * SECOND, 1300);
    assertEquals(0.15, gc.ratio(), 1e-9);
  }

  @Test
  void overTheLastMinuteOnly() {
    GcOverhead gc = new GcOverhead();
    long gcMillis = 0;
    for (int s = 0; s <= 100; s++) {
      gcMillis += s <= 40 ? 900 : 100; // 90 % for 40 s, then 10 %
      gc.sample(s * SECOND, gcMillis);
    }
    assertEquals(0.1, gc.ratio(), 1e-9);
  }

  @Test
  void longGapsBetweenSamplesStillCount() {
    GcOverhead gc = new GcOverhead();
    gc.sample(0, 0);
    gc.sample(90 * SECOND, 9000);
    assertEquals(0.1, gc.ratio(), 1e-9, "the previous sample, though older than a minute");
  }

  @Test
  void neverAboveOne() {
    GcOverhead gc = new GcOverhead();
    gc.sample(0, 0);
    gc.sample(SECOND, 1003); // millisecond counters against a nanosecond clock
    assertEquals(1, gc.ratio());
  }
}
