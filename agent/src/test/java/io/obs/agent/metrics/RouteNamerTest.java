package io.obs.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteNamerTest {

  @ParameterizedTest(name = "context \"{0}\" + pattern \"{1}\" = {2}")
  @CsvSource({
      "'', /users/*, /users/*",
      "'', /api/orders, /api/orders",
      "'', *.do, *.do",
      "'', /, /*",
      "'', '', /",
      "/shop, /users/*, /shop/users/*",
      "/shop, /, /shop/*",
      "/shop, '', /shop/",
  })
  void templates(String context, String pattern, String route) {
    assertEquals(route, new RouteNamer(10, UnaryOperator.identity()).route(context, pattern));
  }

  @Test
  void nullContextIsTheRootContext() {
    assertEquals("/users/*", new RouteNamer(10, UnaryOperator.identity()).route(null, "/users/*"));
  }

  @Test
  void noPatternIsOther() {
    RouteNamer namer = new RouteNamer(0, UnaryOperator.identity());
    assertEquals("_OTHER", namer.route("/shop", null));
    assertEquals("_OTHER", namer.route(null, null));
  }

  @Test
  void pastTheLimitNewRoutesAreNullKnownOnesStay() {
    RouteNamer namer = new RouteNamer(2, UnaryOperator.identity());
    assertEquals("/a", namer.route("", "/a"));
    assertEquals("/ctx/a", namer.route("/ctx", "/a"));
    assertNull(namer.route("", "/b"));
    assertNull(namer.route("/other", "/a"));
    assertEquals("/a", namer.route("", "/a"));
    assertEquals("/ctx/a", namer.route("/ctx", "/a"));
    assertEquals("_OTHER", namer.route("", null));
  }

  @Test
  void knownRouteIsTheCachedInstance() {
    RouteNamer namer = new RouteNamer(10, UnaryOperator.identity());
    assertSame(namer.route("/shop", "/users/*"), namer.route("/shop", "/users/*"));
  }

  @Test
  void servlet3RoutesComeFromTheServletPath() {
    RouteNamer namer = new RouteNamer(10, UnaryOperator.identity());
    assertEquals("/shop/users/*", namer.legacyRoute("/shop", "/users", true));
    assertEquals("/shop/*", namer.legacyRoute("/shop", "", true));
    assertEquals("/shop/hello", namer.legacyRoute("/shop", "/hello", false));
    assertEquals("/shop/login.do", namer.legacyRoute("/shop", "/login.do", false));
    assertSame(namer.legacyRoute("/shop", "/users", true), namer.legacyRoute("/shop", "/users", true));
  }

  @Test
  void servlet3RoutesShareTheLimit() {
    RouteNamer namer = new RouteNamer(1, UnaryOperator.identity());
    assertEquals("/a/*", namer.legacyRoute("", "/a", true));
    assertNull(namer.legacyRoute("", "/b", false));
    assertNull(namer.route("", "/c"));
  }

  @Test
  void aNewRoutePassesTheRedactorOnce() {
    java.util.List<String> seen = new java.util.ArrayList<>();
    RouteNamer namer = new RouteNamer(10, r -> {
      seen.add(r);
      return r.replace("bob@example.com", "REDACTED");
    });
    assertEquals("/app/reset-bob@example.com.do".replace("bob@example.com", "REDACTED"),
        namer.legacyRoute("/app", "/reset-bob@example.com.do", false));
    namer.legacyRoute("/app", "/reset-bob@example.com.do", false);
    assertEquals(java.util.List.of("/app/reset-bob@example.com.do"), seen);
  }
}
