package io.obs.agent.instrumentation.servlet;

import static net.bytebuddy.matcher.ElementMatchers.any;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.api.Weaving;
import io.obs.agent.instrumentation.api.MethodHook;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Server requests through {@code Servlet.service(ServletRequest, ServletResponse)} and
 * {@code Filter.doFilter(ServletRequest, ServletResponse, FilterChain)} for javax (3.x and 4) and
 * jakarta, work started with {@code AsyncContext.start} (in the request's trace context), plus
 * Tomcat's and Jetty's start and stop, so readiness knows when the container really serves.
 */
public final class ServletInstrumentation implements InstrumentationModule {

  private static final String TOMCAT_CONNECTOR = "org.apache.catalina.connector.Connector";
  private static final String JETTY_SERVER = "org.eclipse.jetty.server.Server";

  @Override
  public String name() {
    return "servlet";
  }

  /** The container's start and stop must be seen even while Byte Buddy is still starting. */
  @Override
  public List<MethodHook> hooks() {
    return List.of(
        MethodHook.onReturn(TOMCAT_CONNECTOR, "startInternal", "containerStarted"),
        MethodHook.onEntry(TOMCAT_CONNECTOR, "stopInternal", "containerStopped"),
        MethodHook.onReturn(JETTY_SERVER, "doStart", "containerStarted"),
        MethodHook.onEntry(JETTY_SERVER, "doStop", "containerStopped"));
  }

  @Override
  public Set<String> superTypes() {
    return Set.of("javax.servlet.Servlet", "javax.servlet.Filter", "jakarta.servlet.Servlet", "jakarta.servlet.Filter",
        "javax.servlet.AsyncContext", "jakarta.servlet.AsyncContext");
  }

  /** A class declaring service(..) or doFilter(..) names the method's full descriptor. */
  @Override
  public Set<String> markers() {
    Set<String> markers = new HashSet<>();
    for (String ns : new String[] {"javax", "jakarta"}) {
      String requestResponse = "(L" + ns + "/servlet/ServletRequest;L" + ns + "/servlet/ServletResponse;";
      markers.add(requestResponse + ")V");
      markers.add(requestResponse + "L" + ns + "/servlet/FilterChain;)V");
      markers.add(ns + "/servlet/AsyncContext");
    }
    return markers;
  }

  @Override
  public AgentBuilder extend(AgentBuilder builder, Weaving weaving) {
    AgentBuilder result = builder;
    for (String ns : new String[] {"javax", "jakarta"}) {
      result = result.type(not(isInterface()).and(hasSuperType(named(ns + ".servlet.AsyncContext"))))
          .transform(weaving.advice(named("start").and(takesArguments(Runnable.class)).and(not(isAbstract())),
              "io.obs.agent.instrumentation.servlet.AsyncStartAdvice"));
      String advice = "io.obs.agent.instrumentation.servlet." + ns + ".ServletAdvice";
      // jakarta always has HttpServletMapping; javax only from Servlet 4
      ElementMatcher<ClassLoader> servlet4 = ns.equals("jakarta") ? any() : new CanSee("javax/servlet/http/HttpServletMapping.class");
      result = servletAndFilter(result, weaving, ns, servlet4, advice, advice);
    }
    return servletAndFilter(result, weaving, "javax", not(new CanSee("javax/servlet/http/HttpServletMapping.class")),
        "io.obs.agent.instrumentation.servlet.v3.Servlet3Advice", "io.obs.agent.instrumentation.servlet.javax.ServletAdvice");
  }

  private static AgentBuilder servletAndFilter(AgentBuilder builder, Weaving weaving, String ns,
      ElementMatcher<ClassLoader> loaders, String enter, String exit) {
    String request = ns + ".servlet.ServletRequest";
    String response = ns + ".servlet.ServletResponse";
    return builder
        .type(not(isInterface()).and(hasSuperType(named(ns + ".servlet.Servlet"))), loaders)
        .transform(weaving.advice(named("service").and(takesArguments(2)).and(not(isAbstract()))
            .and(takesArgument(0, named(request))).and(takesArgument(1, named(response))), enter, exit))
        .type(not(isInterface()).and(hasSuperType(named(ns + ".servlet.Filter"))), loaders)
        .transform(weaving.advice(named("doFilter").and(takesArguments(3)).and(not(isAbstract()))
            .and(takesArgument(0, named(request))).and(takesArgument(1, named(response))), enter, exit));
  }

  /** Whether a class loader (null: the bootstrap loader) can see a resource; once per woven class. */
  private static final class CanSee extends ElementMatcher.Junction.AbstractBase<ClassLoader> {
    private final String resource;

    CanSee(String resource) {
      this.resource = resource;
    }

    @Override
    public boolean matches(ClassLoader loader) {
      return (loader == null ? ClassLoader.getSystemResource(resource) : loader.getResource(resource)) != null;
    }
  }
}
