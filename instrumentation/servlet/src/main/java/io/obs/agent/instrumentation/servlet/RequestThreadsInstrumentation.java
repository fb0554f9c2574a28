package io.obs.agent.instrumentation.servlet;

import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.api.MethodHook;
import io.obs.agent.instrumentation.api.Weaving;
import java.util.List;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * The servlet containers' request thread pools, handed to the bridge as they start and stop:
 * Tomcat's connector endpoint (8.5 to 11; its executor is created in {@code start}) and Jetty's
 * {@code Server} (its {@code getThreadPool()}, not every {@code QueuedThreadPool}: a Jetty HTTP
 * client has one too). Woven at once with plain ASM, so a container that starts while Byte Buddy
 * is still starting is seen; the runtime reads the pools only when scraped.
 */
public final class RequestThreadsInstrumentation implements InstrumentationModule {

  private static final String TOMCAT_ENDPOINT = "org.apache.tomcat.util.net.AbstractEndpoint";
  private static final String JETTY_SERVER = "org.eclipse.jetty.server.Server";

  @Override
  public String name() {
    return "request-threads";
  }

  @Override
  public List<MethodHook> hooks() {
    return List.of(
        MethodHook.onReturn(TOMCAT_ENDPOINT, "start", "poolStarted").withThis(),
        MethodHook.onEntry(TOMCAT_ENDPOINT, "stop", "poolStopped").withThis(),
        MethodHook.onReturn(JETTY_SERVER, "doStart", "poolStarted").withThis(),
        MethodHook.onEntry(JETTY_SERVER, "doStop", "poolStopped").withThis());
  }

  @Override
  public Set<String> markers() {
    return Set.of();
  }

  @Override
  public AgentBuilder extend(AgentBuilder builder, Weaving weaving) {
    return builder;
  }
}
