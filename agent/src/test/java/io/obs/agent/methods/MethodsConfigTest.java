package io.obs.agent.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.obs.agent.config.AgentConfig;
import io.obs.agent.instrumentation.methods.MethodTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every syntax the README promises, and one line naming the pattern for each way to get it wrong. */
class MethodsConfigTest {

  private final List<String> lines = new ArrayList<>();

  private MethodsConfig methods(String value) {
    return MethodsConfig.parse(value, Map.of(), lines::add);
  }

  private String methodsProblem(String pattern) {
    lines.clear();
    MethodsConfig parsed = methods("com.shop.Good#ok; " + pattern);
    assertEquals(1, parsed.targets.size(), "the good pattern stays");
    assertEquals(1, lines.size(), lines::toString);
    assertEquals(List.of(Map.entry("obs.methods", lines.get(0))), parsed.problems);
    return lines.get(0);
  }

  @Test
  void patternsNameAClassAndAMethodOrEveryPublicMethodWithOptionalParameterTypes() {
    MethodsConfig parsed = methods(" com.shop.OrderService#placeOrder ;com.shop.PaymentGateway#charge(java.lang.String, long)\n"
        + "com.shop.Audit#*;com.shop.Outer$Inner#run();com.shop.Bulk#load(int[], java.lang.String [])");
    assertEquals(List.of(), lines);
    assertEquals(5, parsed.targets.size());
    MethodTarget order = parsed.targets.get(0);
    assertEquals("com.shop.OrderService", order.className());
    assertEquals("placeOrder", order.methodName());
    assertNull(order.parameterTypes());
    assertEquals(List.of("java.lang.String", "long"), parsed.targets.get(1).parameterTypes());
    assertNull(parsed.targets.get(2).methodName());
    assertEquals("com.shop.Outer$Inner", parsed.targets.get(3).className());
    assertEquals(List.of(), parsed.targets.get(3).parameterTypes());
    assertEquals(List.of("int[]", "java.lang.String[]"), parsed.targets.get(4).parameterTypes());
    assertEquals("com.shop.PaymentGateway#charge(java.lang.String, long)", parsed.texts.get(1));
    assertEquals(List.of(false, false, false, false, false),
        parsed.targets.stream().map(MethodTarget::withValues).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void eachBadPatternIsOneLineNamingItAndWhatIsWrong() {
    String allowed = "; allowed: " + PatternSyntax.ALLOWED + ", separated by ';'; this pattern is ignored";
    assertEquals("obs-agent: invalid pattern \"com.shop.OrderService\" in obs.methods: no '#' between class and method"
        + allowed, methodsProblem("com.shop.OrderService"));
    assertEquals("obs-agent: invalid pattern \"#run\" in obs.methods: \"\" is not a class name" + allowed, methodsProblem("#run"));
    assertEquals("obs-agent: invalid pattern \"com..shop.A#run\" in obs.methods: \"com..shop.A\" is not a class name"
        + allowed, methodsProblem("com..shop.A#run"));
    assertEquals("obs-agent: invalid pattern \"com.shop.A#\" in obs.methods: \"\" is not a method name (a Java identifier"
        + " or *)" + allowed, methodsProblem("com.shop.A#"));
    assertEquals("obs-agent: invalid pattern \"com.shop.A#9lives\" in obs.methods: \"9lives\" is not a method name (a Java"
        + " identifier or *)" + allowed, methodsProblem("com.shop.A#9lives"));
    assertEquals("obs-agent: invalid pattern \"com.shop.A#run(int\" in obs.methods: the parameter list must be one (...) at"
        + " the end" + allowed, methodsProblem("com.shop.A#run(int"));
    assertEquals("obs-agent: invalid pattern \"com.shop.A#run(int)x\" in obs.methods: the parameter list must be one (...)"
        + " at the end" + allowed, methodsProblem("com.shop.A#run(int)x"));
    assertEquals("obs-agent: invalid pattern \"com.shop.A#run(int,)\" in obs.methods: \"\" is not a parameter type" + allowed,
        methodsProblem("com.shop.A#run(int,)"));
    assertEquals("obs-agent: invalid pattern \"com.shop.A#run(a-b)\" in obs.methods: \"a-b\" is not a parameter type" + allowed,
        methodsProblem("com.shop.A#run(a-b)"));
    assertEquals("obs-agent: invalid pattern \"com.shop.A#*(int)\" in obs.methods: * takes no parameter list" + allowed,
        methodsProblem("com.shop.A#*(int)"));
    assertEquals("obs-agent: invalid pattern \"java.lang.String#length\" in obs.methods: classes of the JDK and of the agent"
        + " are not instrumented" + allowed, methodsProblem("java.lang.String#length"));
    assertEquals("obs-agent: invalid pattern \"io.obs.agent.methods.Methods#start\" in obs.methods: classes of the JDK and"
        + " of the agent are not instrumented" + allowed, methodsProblem("io.obs.agent.methods.Methods#start"));
  }

  @Test
  void anEventNamesItsMethodAndTheValuesItCarries() {
    MethodsConfig parsed = MethodsConfig.parse("com.shop.A#a", Map.of(
        "obs.events.order.placed", " com.shop.OrderService#placeOrder(com.shop.Order) : arg0.id, total=return.total.amount",
        "obs.events.login", "com.shop.Auth#login"), lines::add);
    assertEquals(List.of(), lines);
    assertEquals(3, parsed.targets.size());
    assertNull(parsed.events.get(0));
    EventSpec login = parsed.events.get(1);
    assertEquals("login", login.name);
    assertEquals(List.of(), login.values);
    EventSpec placed = parsed.events.get(2);
    assertEquals("order.placed", placed.name);
    assertEquals(true, placed.target.withValues());
    assertEquals(List.of("com.shop.Order"), placed.target.parameterTypes());
    assertEquals("arg0.id", placed.values.get(0).key);
    assertEquals(0, placed.values.get(0).source);
    assertEquals(List.of("id"), placed.values.get(0).properties);
    assertEquals("total", placed.values.get(1).key);
    assertEquals(EventValue.RETURN, placed.values.get(1).source);
    assertEquals(List.of("total", "amount"), placed.values.get(1).properties);
  }

  private String eventProblem(String name, String value) {
    lines.clear();
    MethodsConfig parsed = MethodsConfig.parse(null, Map.of("obs.events." + name, value), lines::add);
    assertEquals(0, parsed.targets.size());
    assertEquals(1, lines.size(), lines::toString);
    assertEquals(List.of(Map.entry("obs.events." + name, lines.get(0))), parsed.problems);
    return lines.get(0);
  }

  @Test
  void eachBadEventIsOneLineNamingItsKeyAndWhatIsWrong() {
    String allowed = "; allowed: " + EventSpec.ALLOWED + "; this event is ignored";
    assertEquals("obs-agent: invalid business event obs.events.a b=\"com.shop.A#a\": \"a b\" is not an event name (1 to 64"
        + " letters, digits, . _ -)" + allowed, eventProblem("a b", "com.shop.A#a"));
    assertEquals("obs-agent: invalid business event obs.events.x=\"com.shop.A\": no '#' between class and method" + allowed,
        eventProblem("x", "com.shop.A"));
    assertEquals("obs-agent: invalid business event obs.events.x=\"com.shop.A#a:this.id\": \"this.id\" starts with neither"
        + " argN nor return" + allowed, eventProblem("x", "com.shop.A#a:this.id"));
    assertEquals("obs-agent: invalid business event obs.events.x=\"com.shop.A#a:arg01\": \"arg01\" starts with neither argN"
        + " nor return" + allowed, eventProblem("x", "com.shop.A#a:arg01"));
    assertEquals("obs-agent: invalid business event obs.events.x=\"com.shop.A#a:arg0,\": \"\" starts with neither argN nor"
        + " return" + allowed, eventProblem("x", "com.shop.A#a:arg0,"));
    assertEquals("obs-agent: invalid business event obs.events.x=\"com.shop.A#a:arg0.a.b.c.d\": \"arg0.a.b.c.d\" reads more"
        + " than 3 properties deep" + allowed, eventProblem("x", "com.shop.A#a:arg0.a.b.c.d"));
    assertEquals("obs-agent: invalid business event obs.events.x=\"com.shop.A#a:arg0.get()\": \"get()\" in \"arg0.get()\" is"
        + " not a property name" + allowed, eventProblem("x", "com.shop.A#a:arg0.get()"));
    assertEquals("obs-agent: invalid business event obs.events.x=\"com.shop.A#a:a b=arg0\": \"a b\" is not a key (letters,"
        + " digits, . _ -)" + allowed, eventProblem("x", "com.shop.A#a:a b=arg0"));
  }

  @Test
  void patternsAndEventsCanComeFromTheConfigFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("obs.properties");
    Files.writeString(file, "obs.methods=com.shop.A#a;\\\n  com.shop.B#b\nobs.events.paid=com.shop.P#pay:arg0\n");
    Properties system = new Properties();
    system.setProperty("obs.config.file", file.toString());
    MethodsConfig parsed = MethodsConfig.parse(AgentConfig.load("", system, Map.of(), lines::add), lines::add);
    assertEquals(List.of(), lines);
    assertEquals(List.of("com.shop.A#a", "com.shop.B#b", "com.shop.P#pay:arg0"), parsed.texts);
  }

  @Test
  void eventKeysComeFromEverySourceButTheEnvironmentAndAreNoUnknownKeys() {
    Properties system = new Properties();
    system.setProperty("obs.events.order.placed", "com.shop.A#a:arg0");
    system.setProperty("obs.methods", "com.shop.B#b");
    AgentConfig config = AgentConfig.load("obs.events.paid=com.shop.P#pay:arg0.id,return", system,
        Map.of("OBS_EVENTS_IGNORED", "x"), lines::add);
    assertEquals(List.of(), lines);
    assertEquals(Map.of("obs.events.order.placed", "com.shop.A#a:arg0", "obs.events.paid", "com.shop.P#pay:arg0.id,return"),
        config.withPrefix("obs.events."));
    MethodsConfig parsed = MethodsConfig.parse(config, lines::add);
    assertEquals(List.of("com.shop.B#b", "com.shop.A#a:arg0", "com.shop.P#pay:arg0.id,return"), parsed.texts);
  }
}
