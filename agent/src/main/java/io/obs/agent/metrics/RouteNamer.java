package io.obs.agent.metrics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code http.route} from the servlet context path and mapping pattern: a template, never a raw
 * path. Cached, so a known (context, pattern) pair costs two map look-ups and no allocation;
 * bounded: past the limit a new route is null and the caller folds it into {@code _OTHER}.
 */
public final class RouteNamer {

  public static final String OTHER = "_OTHER";

  private final ConcurrentHashMap<String, ConcurrentHashMap<String, String>> byContext = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();
  private final int limit;

  public RouteNamer(int limit) {
    this.limit = limit;
  }

  /** The route, {@code _OTHER} when the container gave no pattern, null when the namer is full. */
  public String route(String contextPath, String pattern) {
    if (pattern == null) {
      return OTHER;
    }
    String context = contextPath == null ? "" : contextPath;
    ConcurrentHashMap<String, String> patterns = byContext.get(context);
    if (patterns != null) {
      String route = patterns.get(pattern);
      if (route != null) {
        return route;
      }
    }
    if (size.get() >= limit) {
      return null;
    }
    String route = name(context, pattern);
    byContext.computeIfAbsent(context, c -> new ConcurrentHashMap<>());
    if (byContext.get(context).putIfAbsent(pattern, route) == null) {
      size.incrementAndGet();
    }
    return route;
  }

  /** As the OpenTelemetry servlet conventions: default servlet "/" → "/*", context root "" → "/". */
  static String name(String contextPath, String pattern) {
    if (pattern.isEmpty()) {
      return contextPath + "/";
    }
    if (pattern.equals("/")) {
      return contextPath + "/*";
    }
    return contextPath + pattern;
  }
}
