package io.obs.agent.pool;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The start times of the checkouts of one pool that are waiting now, so the {@code db-pool} check
 * can see how long the oldest has waited. Lock-free and allocation-free: a checkout claims a free
 * slot near its thread's with one compare-and-set and clears it when it returns. Past {@link #SLOTS}
 * waiters at once the later ones are not tracked (the oldest are, which is what the check needs).
 */
final class Waiters {

  static final int SLOTS = 64;
  private static final long FREE = 0;

  private final AtomicLongArray starts = new AtomicLongArray(SLOTS);

  /** {@code start} must not be 0; the same value goes to {@link #leave}. */
  void enter(long start) {
    int home = home();
    for (int i = 0; i < SLOTS; i++) {
      int slot = (home + i) & (SLOTS - 1);
      if (starts.get(slot) == FREE && starts.compareAndSet(slot, FREE, start)) {
        return;
      }
    }
  }

  void leave(long start) {
    int home = home();
    for (int i = 0; i < SLOTS; i++) {
      int slot = (home + i) & (SLOTS - 1);
      if (starts.get(slot) == start && starts.compareAndSet(slot, start, FREE)) {
        return;
      }
    }
  }

  /** How long the longest-waiting checkout has waited at {@code now}, 0 when none waits. */
  long longestWait(long now) {
    long longest = 0;
    for (int slot = 0; slot < SLOTS; slot++) {
      long start = starts.get(slot);
      if (start != FREE) {
        longest = Math.max(longest, now - start);
      }
    }
    return longest;
  }

  private static int home() {
    return (int) Thread.currentThread().getId() & (SLOTS - 1);
  }
}
