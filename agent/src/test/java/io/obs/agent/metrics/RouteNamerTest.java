package io.obs.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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
    assertEquals(route, new RouteNamer(10).route(context, pattern));
  }

  @Test
  void nullContextIsTheRootContext() {
    assertEquals("/users/*", new RouteNamer(10).route(null, "/users/*"));
  }

  @Test
  void noPatternIsOther() {
    RouteNamer namer = new RouteNamer(0);
    assertEquals("_OTHER", namer.route("/shop", null));
    assertEquals("_OTHER", namer.route(null, null));
  }

  @Test
  void pastTheLimitNewRoutesAreNullKnownOnesStay() {
    RouteNamer namer = new RouteNamer(2);
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
    RouteNamer namer = new RouteNamer(10);
    assertSame(namer.route("/shop", "/users/*"), namer.route("/shop", "/users/*"));
  }

  @Test
  void servlet3RoutesComeFromTheServletPath() {
    RouteNamer namer = new RouteNamer(10);
    assertEquals("/shop/users/*", namer.legacyRoute("/shop", "/users", true));
    assertEquals("/shop/*", namer.legacyRoute("/shop", "", true));
    assertEquals("/shop/hello", namer.legacyRoute("/shop", "/hello", false));
    assertEquals("/shop/login.do", namer.legacyRoute("/shop", "/login.do", false));
    assertSame(namer.legacyRoute("/shop", "/users", true), namer.legacyRoute("/shop", "/users", true));
  }

  @Test
  void servlet3RoutesShareTheLimit() {
    RouteNamer namer = new RouteNamer(1);
    assertEquals("/a/*", namer.legacyRoute("", "/a", true));
    assertNull(namer.legacyRoute("", "/b", false));
    assertNull(namer.route("", "/c"));
  }
}
