package io.obs.agent.metrics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * {@code http.route} from the servlet context path and mapping pattern: a template, never a raw
 * path. Cached, so a known (context, pattern) pair costs two map look-ups and no allocation;
 * bounded: past the limit a new route is null and the caller folds it into {@code _OTHER}. A new
 * route passes the redactor once (a javax.servlet 3.x servlet path is the request's own path).
 */
public final class RouteNamer {

  public static final String OTHER = "_OTHER";

  private final ConcurrentHashMap<String, ConcurrentHashMap<String, String>> byContext = new ConcurrentHashMap<>();
  /** javax.servlet 3.x path mappings: servlet path → {@code <context><servlet path>/*}. */
  private final ConcurrentHashMap<String, ConcurrentHashMap<String, String>> prefixByContext = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();
  private final int limit;
  private final UnaryOperator<String> redact;

  public RouteNamer(int limit, UnaryOperator<String> redact) {
    this.limit = limit;
    this.redact = redact;
  }

  /** The route, {@code _OTHER} when the container gave no pattern, null when the namer is full. */
  public String route(String contextPath, String pattern) {
    if (pattern == null) {
      return OTHER;
    }
    return cached(byContext, contextPath == null ? "" : contextPath, pattern, false);
  }

  /**
   * The route of a javax.servlet 3.x request, which has no mapping pattern: the servlet path, with
   * {@code /*} when the request had path info (a path mapping such as {@code /users/*}).
   */
  public String legacyRoute(String contextPath, String servletPath, boolean hasPathInfo) {
    String path = servletPath == null ? "" : servletPath;
    return hasPathInfo ? cached(prefixByContext, contextPath, path, true) : route(contextPath, path.isEmpty() ? "/" : path);
  }

  private String cached(ConcurrentHashMap<String, ConcurrentHashMap<String, String>> cache, String context,
      String key, boolean prefix) {
    ConcurrentHashMap<String, String> routes = cache.get(context);
    if (routes != null) {
      String route = routes.get(key);
      if (route != null) {
        return route;
      }
    }
    if (size.get() >= limit) {
      return null;
    }
    String route = redact.apply(prefix ? context + key + "/*" : name(context, key));
    if (cache.computeIfAbsent(context, c -> new ConcurrentHashMap<>()).putIfAbsent(key, route) == null) {
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
