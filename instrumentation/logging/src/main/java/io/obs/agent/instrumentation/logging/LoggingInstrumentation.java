package io.obs.agent.instrumentation.logging;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.api.Weaving;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * While a span is current, the application's log events carry {@code trace_id}, {@code span_id}
 * and {@code trace_flags}, so a pattern with {@code %X{trace_id}} prints the id of the exported
 * span: Logback's {@code LoggingEvent} MDC map (taken on the logging thread, so async appenders
 * keep it), and what Log4j 2's {@code ContextDataInjector}s put into an event.
 */
public final class LoggingInstrumentation implements InstrumentationModule {

  private static final String PACKAGE = "io.obs.agent.instrumentation.logging.";
  private static final String LOGBACK_EVENT = "ch.qos.logback.classic.spi.LoggingEvent";
  private static final String LOG4J_INJECTOR = "org.apache.logging.log4j.core.ContextDataInjector";

  @Override
  public String name() {
    return "logging";
  }

  @Override
  public Set<String> classNames() {
    return InstrumentationModule.internalNames(LOGBACK_EVENT);
  }

  @Override
  public Set<String> superTypes() {
    return Set.of(LOGBACK_EVENT, LOG4J_INJECTOR);
  }

  /** A Log4j injector declares injectContextData (it may implement the interface through a superclass). */
  @Override
  public Set<String> markers() {
    return Set.of("injectContextData");
  }

  @Override
  public AgentBuilder extend(AgentBuilder builder, Weaving weaving) {
    return builder
        .type(named(LOGBACK_EVENT))
        .transform(weaving.advice(named("getMDCPropertyMap").and(takesArguments(0)), PACKAGE + "LogbackMdcAdvice"))
        .type(not(isInterface()).and(hasSuperType(named(LOG4J_INJECTOR))))
        .transform(weaving.advice(named("injectContextData").and(takesArguments(2)).and(not(isAbstract())),
            PACKAGE + "Log4jContextDataAdvice"));
  }
}
