package io.obs.agent.methods;

import io.obs.agent.instrumentation.methods.MethodRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every woven method by id. Ids are handed out while classes are woven (rarely, under a lock); the
 * hot path reads the current array through one volatile field, without a lock.
 */
final class MethodTable implements MethodRegistry {

  private final MethodsConfig config;
  private final Map<String, Integer> ids = new HashMap<>();
  private final boolean[] matched;
  private final Map<String, Set<String>> methodsByClass = new TreeMap<>();
  private volatile MethodInfo[] methods = new MethodInfo[0];

  MethodTable(MethodsConfig config) {
    this.config = config;
    this.matched = new boolean[config.targets.size()];
  }

  @Override
  public synchronized int register(String className, String methodName, String descriptor, int[] targets) {
    Integer known = ids.get(className + "#" + methodName + descriptor);
    if (known != null) {
      return known;
    }
    List<EventSpec> events = new ArrayList<>();
    for (int target : targets) {
      matched[target] = true;
      if (config.events.get(target) != null) {
        events.add(config.events.get(target));
      }
    }
    int id = methods.length;
    MethodInfo[] grown = Arrays.copyOf(methods, id + 1);
    grown[id] = new MethodInfo(className, methodName, events.toArray(new EventSpec[0]));
    methods = grown;
    ids.put(className + "#" + methodName + descriptor, id);
    methodsByClass.computeIfAbsent(className, c -> new TreeSet<>()).add(methodName);
    return id;
  }

  /** The method of {@code id}, or null for an id this table did not hand out. */
  MethodInfo get(int id) {
    MethodInfo[] current = methods;
    return id >= 0 && id < current.length ? current[id] : null;
  }

  /** The configured patterns that no woven method matches (yet), as configured. */
  synchronized List<String> unmatched() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < matched.length; i++) {
      if (!matched[i]) {
        texts.add(config.texts.get(i));
      }
    }
    return texts;
  }

  /** {@code com.shop.A(cancel,placeOrder), com.shop.B(charge)}, or an empty string. */
  synchronized String instrumented() {
    List<String> classes = new ArrayList<>();
    methodsByClass.forEach((c, m) -> classes.add(c + "(" + String.join(",", m) + ")"));
    return String.join(", ", classes);
  }

  synchronized int size() {
    return methods.length;
  }
}
