package io.obs.agent.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** UP or DOWN with the check's data (strings, numbers, booleans), in insertion order. */
public final class HealthResult {

  private final boolean up;
  private final Map<String, Object> data;

  private HealthResult(boolean up, Map<String, Object> data) {
    this.up = up;
    this.data = data;
  }

  public static HealthResult up() {
    return new HealthResult(true, new LinkedHashMap<>());
  }

  public static HealthResult down() {
    return new HealthResult(false, new LinkedHashMap<>());
  }

  public static HealthResult of(boolean up) {
    return up ? up() : down();
  }

  public HealthResult with(String key, Object value) {
    data.put(key, value);
    return this;
  }

  public boolean isUp() {
    return up;
  }

  public Map<String, Object> data() {
    return Collections.unmodifiableMap(data);
  }
}
