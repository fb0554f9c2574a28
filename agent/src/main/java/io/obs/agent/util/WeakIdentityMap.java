package io.obs.agent.util;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Objects of the application (statements, connections) → what the agent knows about them, without
 * keeping them alive and without a field in their class (that would need class-format changes,
 * which retransformation forbids). Keys compare by identity, as a driver's equals() is none of our
 * business. Reads are one lock-free {@link ConcurrentHashMap} lookup with a per-thread reusable
 * lookup key, so they allocate nothing; a put allocates one weak key and first drops the entries
 * whose objects were collected. Past {@code capacity} live entries puts are ignored: the caller
 * recomputes, which is slower but bounded.
 */
public final class WeakIdentityMap<V> {

  private interface Key {
    Object referent();
  }

  private static final class WeakKey extends WeakReference<Object> implements Key {
    private final int hash;

    WeakKey(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      hash = System.identityHashCode(referent);
    }

    @Override
    public Object referent() {
      return get();
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof Key && same(get(), ((Key) o).referent());
    }
  }

  private static final class LookupKey implements Key {
    private Object referent;
    private int hash;

    @Override
    public Object referent() {
      return referent;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && same(referent, ((Key) o).referent());
    }
  }

  private final ConcurrentHashMap<Key, V> map = new ConcurrentHashMap<>();
  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
  private final ThreadLocal<LookupKey> lookup = ThreadLocal.withInitial(LookupKey::new);
  private final int capacity;

  public WeakIdentityMap(int capacity) {
    this.capacity = capacity;
  }

  private static boolean same(Object a, Object b) {
    return a == b && a != null;
  }

  public V get(Object key) {
    LookupKey k = probe(key);
    try {
      return map.get(k);
    } finally {
      k.referent = null;
    }
  }

  public void put(Object key, V value) {
    for (Object stale; (stale = collected.poll()) != null; ) {
      map.remove(stale);
    }
    if (map.size() < capacity) {
      map.put(new WeakKey(key, collected), value);
    }
  }

  /** Removes and returns what is known of {@code key}, or null; allocates nothing. */
  public V remove(Object key) {
    LookupKey k = probe(key);
    try {
      return map.remove(k);
    } finally {
      k.referent = null;
    }
  }

  /** This thread's lookup key, set to {@code key}: the caller clears it. */
  private LookupKey probe(Object key) {
    LookupKey k = lookup.get();
    k.referent = key;
    k.hash = System.identityHashCode(key);
    return k;
  }

  public int size() {
    return map.size();
  }
}
