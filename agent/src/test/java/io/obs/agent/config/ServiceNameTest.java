package io.obs.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceNameTest {

  private static String resolve(Map<String, String> properties, Map<String, String> env, String javaCommand) {
    Properties props = new Properties();
    props.putAll(properties);
    AgentConfig config = AgentConfig.load(null, props, env, line -> { throw new AssertionError(line); });
    return ServiceName.resolve(config, javaCommand);
  }

  @Test
  void obsServiceNameComesFirst() {
    assertEquals("obs", resolve(Map.of("obs.service.name", "obs", "otel.service.name", "otel",
        "obs.resource.attributes", "service.name=resource"), Map.of(), "shop.jar"));
  }

  @Test
  void otelServiceNameComesSecond() {
    assertEquals("otel", resolve(Map.of("otel.service.name", "otel",
        "obs.resource.attributes", "service.name=resource"), Map.of(), "shop.jar"));
    assertEquals("otel-env", resolve(Map.of(), Map.of("OTEL_SERVICE_NAME", "otel-env",
        "OTEL_RESOURCE_ATTRIBUTES", "service.name=resource"), "shop.jar"));
  }

  @Test
  void resourceAttributesComeThird() {
    assertEquals("resource", resolve(Map.of("obs.resource.attributes", "team=a, service.name = resource ,x=y"),
        Map.of(), "shop.jar"));
    assertEquals("otel-resource", resolve(Map.of(), Map.of("OTEL_RESOURCE_ATTRIBUTES", "service.name=otel-resource"),
        "shop.jar"));
  }

  @Test
  void theJavaCommandComesLast() {
    assertEquals("shop", resolve(Map.of("obs.resource.attributes", "team=a"), Map.of(), "shop.jar --port 80"));
    assertEquals("shop", resolve(Map.of("obs.resource.attributes", "service.name="), Map.of(), "shop.jar"));
    assertEquals("Main", resolve(Map.of(), Map.of(), "com.acme.Main"));
  }

  @Test
  void fromResourceAttributes() {
    assertEquals(null, ServiceName.fromResourceAttributes(null));
    assertEquals(null, ServiceName.fromResourceAttributes("team=a,x.service.name=b"));
    assertEquals(null, ServiceName.fromResourceAttributes("service.name= "));
    assertEquals("b", ServiceName.fromResourceAttributes("=a,service.name=b,service.name=c"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "shop.jar --port 80|shop",
      "/opt/apps/shop-1.2.jar|shop-1.2",
      "C:\\apps\\shop.jar arg|shop",
      "build/libs/my.app.jar|my.app",
      "com.acme.Main --x y|Main",
      "Main|Main",
      "  com.acme.Worker  |Worker",
  })
  void fromJavaCommand(String command, String expected) {
    assertEquals(expected, ServiceName.fromJavaCommand(command));
  }

  @Test
  void unknownWithoutAJavaCommand() {
    assertEquals("unknown_service:java", ServiceName.fromJavaCommand(null));
    assertEquals("unknown_service:java", ServiceName.fromJavaCommand(""));
    assertEquals("unknown_service:java", ServiceName.fromJavaCommand("   "));
    assertEquals("unknown_service:java", resolve(Map.of(), Map.of(), null));
  }
}
