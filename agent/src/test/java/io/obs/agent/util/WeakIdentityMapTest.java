package io.obs.agent.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeakIdentityMapTest {

  /** Equal to every other instance: the map must not care. */
  private static final class Chatty {
    @Override
    public boolean equals(Object o) {
      return o instanceof Chatty;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  @Test
  void keysCompareByIdentity() {
    WeakIdentityMap<String> map = new WeakIdentityMap<>(100);
    Chatty a = new Chatty();
    Chatty b = new Chatty();
    map.put(a, "a");
    map.put(b, "b");
    assertEquals("a", map.get(a));
    assertEquals("b", map.get(b));
    assertNull(map.get(new Chatty()));
    assertNull(map.get(null));
  }

  @Test
  void removedKeysLeaveTheMap() {
    WeakIdentityMap<String> map = new WeakIdentityMap<>(1);
    Object a = new Object();
    map.put(a, "a");
    map.remove(new Object());
    assertEquals("a", map.get(a));
    map.remove(a);
    assertNull(map.get(a));
    assertEquals(0, map.size());
    Object b = new Object();
    map.put(b, "b");
    assertEquals("b", map.get(b), "room again");
  }

  @Test
  void collectedKeysLeaveTheMap() throws InterruptedException {
    WeakIdentityMap<String> map = new WeakIdentityMap<>(100_000);
    for (int i = 0; i < 1000; i++) {
      map.put(new Object(), "garbage");
    }
    Object kept = new Object();
    for (int round = 0; round < 50 && map.size() > 100; round++) {
      System.gc();
      Thread.sleep(20);
      map.put(kept, "kept");
    }
    assertTrue(map.size() <= 100, "size " + map.size());
    assertEquals("kept", map.get(kept));
  }

  @Test
  void boundedByCapacity() {
    WeakIdentityMap<String> map = new WeakIdentityMap<>(10);
    List<Object> live = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Object key = new Object();
      live.add(key);
      map.put(key, "v");
    }
    assertEquals(10, map.size());
    assertEquals("v", map.get(live.get(0)));
    assertNull(map.get(live.get(49)));
  }
}
