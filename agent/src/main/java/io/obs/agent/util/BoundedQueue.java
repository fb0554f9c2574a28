package io.obs.agent.util;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A multi-producer queue with a hard bound and no locks: application threads add with one CAS-based
 * offer and an atomic count, or learn that it is full (and drop). Drained by one consumer thread.
 */
public final class BoundedQueue<T> {

  private final ConcurrentLinkedQueue<T> items = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final int capacity;

  public BoundedQueue(int capacity) {
    this.capacity = capacity;
  }

  /** @return the number of items queued once this one is, or -1 when the queue is full and it was not added */
  public int offer(T item) {
    int now = size.incrementAndGet();
    if (now > capacity) {
      size.decrementAndGet();
      return -1;
    }
    items.offer(item);
    return now;
  }

  /** The oldest item, or null. */
  public T poll() {
    T item = items.poll();
    if (item != null) {
      size.decrementAndGet();
    }
    return item;
  }

  public int size() {
    return size.get();
  }
}
