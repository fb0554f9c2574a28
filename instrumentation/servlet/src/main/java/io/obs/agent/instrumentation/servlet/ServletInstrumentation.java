package io.obs.agent.instrumentation.servlet;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.api.Weaving;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * Server requests through {@code Servlet.service(ServletRequest, ServletResponse)} and
 * {@code Filter.doFilter(ServletRequest, ServletResponse, FilterChain)} for javax and jakarta, plus
 * Tomcat's and Jetty's start/stop so readiness knows when the container really serves.
 */
public final class ServletInstrumentation implements InstrumentationModule {

  private static final String TOMCAT_CONNECTOR = "org.apache.catalina.connector.Connector";
  private static final String JETTY_SERVER = "org.eclipse.jetty.server.Server";

  @Override
  public String name() {
    return "servlet";
  }

  @Override
  public Set<String> classNames() {
    return Set.of(TOMCAT_CONNECTOR.replace('.', '/'), JETTY_SERVER.replace('.', '/'));
  }

  @Override
  public Set<String> markers() {
    // every service(ServletRequest, ServletResponse) / doFilter(..) descriptor names it
    return Set.of("/servlet/ServletResponse;");
  }

  @Override
  public AgentBuilder extend(AgentBuilder builder, Weaving weaving) {
    AgentBuilder result = builder;
    for (String ns : new String[] {"javax", "jakarta"}) {
      String advice = "io.obs.agent.instrumentation.servlet." + ns + ".ServletAdvice";
      String request = ns + ".servlet.ServletRequest";
      String response = ns + ".servlet.ServletResponse";
      result = result
          .type(not(isInterface()).and(hasSuperType(named(ns + ".servlet.Servlet"))))
          .transform(weaving.advice(named("service").and(takesArguments(2)).and(not(isAbstract()))
              .and(takesArgument(0, named(request))).and(takesArgument(1, named(response))), advice))
          .type(not(isInterface()).and(hasSuperType(named(ns + ".servlet.Filter"))))
          .transform(weaving.advice(named("doFilter").and(takesArguments(3)).and(not(isAbstract()))
              .and(takesArgument(0, named(request))).and(takesArgument(1, named(response))), advice));
    }
    String started = ContainerStartedAdvice.class.getName();
    String stopping = ContainerStoppingAdvice.class.getName();
    return result
        .type(named(TOMCAT_CONNECTOR))
        .transform(weaving.advice(named("startInternal").and(takesArguments(0)), started))
        .transform(weaving.advice(named("stopInternal").and(takesArguments(0)), stopping))
        .type(named(JETTY_SERVER))
        .transform(weaving.advice(named("doStart").and(takesArguments(0)), started))
        .transform(weaving.advice(named("doStop").and(takesArguments(0)), stopping));
  }
}
