package io.obs.agent.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WaitersTest {

  @Test
  void theLongestWaitIsTheOldestCheckoutStillWaiting() {
    Waiters waiters = new Waiters();
    assertEquals(0, waiters.longestWait(1000));
    waiters.enter(100);
    waiters.enter(300);
    waiters.enter(200);
    assertEquals(900, waiters.longestWait(1000));
    waiters.leave(100);
    assertEquals(800, waiters.longestWait(1000));
    waiters.leave(200);
    waiters.leave(300);
    assertEquals(0, waiters.longestWait(1000));
  }

  @Test
  void pastTheSlotsLaterWaitersAreNotTrackedAndNothingBreaks() {
    Waiters waiters = new Waiters();
    for (int i = 1; i <= Waiters.SLOTS + 3; i++) {
      waiters.enter(i);
    }
    assertEquals(999, waiters.longestWait(1000));
    for (int i = 1; i <= Waiters.SLOTS + 3; i++) {
      waiters.leave(i);
    }
    assertEquals(0, waiters.longestWait(1000));
  }
}
