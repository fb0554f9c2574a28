package io.obs.agent.weaving;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IgnoredTypesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "java/lang/String", "jdk/internal/misc/Unsafe", "sun/misc/Unsafe", "com/sun/proxy/$Proxy12",
      "javax/swing/JFrame", "javax/sql/DataSource", "io/obs/agent/runtime/AgentRuntime",
  })
  void ignored(String name) {
    assertTrue(IgnoredTypes.ignored(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "javax/servlet/http/HttpServlet", "jakarta/servlet/http/HttpServlet", "javafx/Foo", "javaxyz/Foo", "jdkx/Foo",
      "sunny/Foo", "com/sunny/Foo", "com/acme/App", "io/obs/agentx/Foo", "io/obs/app/Main",
      "org/apache/catalina/core/StandardWrapper", "Main", "java",
  })
  void notIgnored(String name) {
    assertFalse(IgnoredTypes.ignored(name));
  }

  @Test
  void nullNameIsIgnored() {
    assertTrue(IgnoredTypes.ignored(null));
  }
}
