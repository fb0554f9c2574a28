package io.obs.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpMethodsTest {

  @Test
  void knownMethodsMapToThemselves() {
    String[] known = {"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT", "QUERY"};
    for (int i = 0; i < known.length; i++) {
      assertEquals(i, HttpMethods.index(known[i]));
      assertEquals(known[i], HttpMethods.label(HttpMethods.index(known[i])));
    }
    assertEquals(11, HttpMethods.COUNT);
    assertEquals(10, HttpMethods.OTHER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"get", "Get", "PROPFIND", "", " GET", "GET "})
  void everythingElseIsOther(String method) {
    assertEquals(HttpMethods.OTHER, HttpMethods.index(method));
    assertEquals("_OTHER", HttpMethods.label(HttpMethods.index(method)));
  }

  @Test
  void nullIsOther() {
    assertEquals("_OTHER", HttpMethods.label(HttpMethods.index(null)));
  }
}
