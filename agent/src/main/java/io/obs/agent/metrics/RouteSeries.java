package io.obs.agent.metrics;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The histogram data points of one route, keyed by (method, status, error type). Reads scan a
 * small copy-on-write array with no lock and no allocation; only a label set seen for the first
 * time takes the lock.
 */
final class RouteSeries {

  static final class Entry {
    final int key;
    final String errorType;
    final FixedBucketHistogram.Series point;
    /** The label set did not fit under the cardinality limit; {@link #point} is an _OTHER series. */
    final boolean overflow;

    Entry(int key, String errorType, FixedBucketHistogram.Series point, boolean overflow) {
      this.key = key;
      this.errorType = errorType;
      this.point = point;
      this.overflow = overflow;
    }
  }

  private volatile Entry[] entries = new Entry[0];

  /** Key of a (method index, status) pair; statuses outside 0..999 were clamped by the caller. */
  static int key(int methodIndex, int status) {
    return methodIndex * 1000 + status;
  }

  Entry find(int key, String errorType) {
    for (Entry e : entries) {
      if (e.key == key && (e.errorType == errorType || e.errorType.equals(errorType))) {
        return e;
      }
    }
    return null;
  }

  synchronized Entry add(int key, String errorType, Supplier<Entry> create) {
    Entry existing = find(key, errorType);
    if (existing != null) {
      return existing;
    }
    Entry entry = create.get();
    Entry[] next = Arrays.copyOf(entries, entries.length + 1);
    next[next.length - 1] = entry;
    entries = next;
    return entry;
  }
}
