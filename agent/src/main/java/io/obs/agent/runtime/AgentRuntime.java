package io.obs.agent.runtime;

import io.obs.agent.auth.AuthRecorder;
import io.obs.agent.bootstrap.Bridge;
import io.obs.agent.client.HttpClientRecorder;
import io.obs.agent.config.AgentConfig;
import io.obs.agent.config.ServiceName;
import io.obs.agent.config.Settings;
import io.obs.agent.db.JdbcRecorder;
import io.obs.agent.endpoint.Endpoint;
import io.obs.agent.health.DbCheck;
import io.obs.agent.health.DeadlockCheck;
import io.obs.agent.health.HealthCheck;
import io.obs.agent.health.HealthMetrics;
import io.obs.agent.health.HealthService;
import io.obs.agent.health.HeapCheck;
import io.obs.agent.health.ServingCheck;
import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.auth.AuthInstrumentation;
import io.obs.agent.instrumentation.executor.ExecutorInstrumentation;
import io.obs.agent.instrumentation.httpclient.HttpClientInstrumentation;
import io.obs.agent.instrumentation.jdbc.JdbcInstrumentation;
import io.obs.agent.instrumentation.jdbc.pool.JdbcPoolInstrumentation;
import io.obs.agent.instrumentation.logging.LoggingInstrumentation;
import io.obs.agent.instrumentation.servlet.RequestThreadsInstrumentation;
import io.obs.agent.instrumentation.servlet.ServletInstrumentation;
import io.obs.agent.log.EventLog;
import io.obs.agent.log.EventLogSetup;
import io.obs.agent.log.OperationEvents;
import io.obs.agent.log.RequestEvents;
import io.obs.agent.methods.Methods;
import io.obs.agent.metrics.AgentMetrics;
import io.obs.agent.metrics.CardinalityGuard;
import io.obs.agent.metrics.DbClientMetrics;
import io.obs.agent.metrics.HttpClientMetrics;
import io.obs.agent.metrics.RouteNamer;
import io.obs.agent.metrics.ServerRequestMetrics;
import io.obs.agent.pool.JdbcPools;
import io.obs.agent.redact.RedactionMetrics;
import io.obs.agent.redact.Redactor;
import io.obs.agent.saturation.Saturation;
import io.obs.agent.weaving.ByteBuddyWeaving;
import io.obs.agent.weaving.LoadedClasses;
import io.obs.agent.weaving.Weaver;
import io.obs.agent.trace.ExemplarSpanContext;
import io.obs.agent.trace.OtlpTarget;
import io.obs.agent.trace.TraceMetrics;
import io.obs.agent.trace.Tracing;
import io.obs.agent.trace.TracingSetup;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.tracer.initializer.SpanContextSupplier;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything after the bridge is on the bootstrap class path. The application's main thread only
 * registers the {@link Weaver}; Byte Buddy, metrics, the endpoint and JVM metrics are built on the
 * daemon thread {@code obs-agent-init}, which then waits out the start-up window of the type pool
 * cache ({@link ByteBuddyWeaving#startupOver}) and ends.
 */
final class AgentRuntime {

  /** How long after the instrumentation is in place classes are taken to be loading as part of the start-up. */
  private static final long STARTUP_WINDOW_MILLIS = 30_000;

  private AgentRuntime() {}

  static void install(AgentConfig config, Instrumentation inst, boolean attached, long startNanos) {
    List<InstrumentationModule> modules = enabledModules(config);
    Methods methods = Methods.configure(config, System.err::println);
    methods.addModule(modules);
    ClassLoader agentLoader = AgentRuntime.class.getClassLoader();
    WeavingEvents errors = new WeavingEvents();
    Weaver weaver = new Weaver(agentLoader, modules, errors::weaving, errors::transformed);
    inst.addTransformer(weaver, true);
    long premainNanos = System.nanoTime() - startNanos;
    Thread init = new Thread(() -> initialise(config, inst, attached, modules, weaver, errors, premainNanos, methods), "obs-agent-init");
    init.setDaemon(true);
    init.start();
  }

  private static void initialise(AgentConfig config, Instrumentation inst, boolean attached,
      List<InstrumentationModule> modules, Weaver weaver, WeavingEvents errors, long premainNanos, Methods methods) {
    long startNanos = System.nanoTime();
    AgentMetrics agentMetrics = null;
    try {
      PrometheusRegistry registry = new PrometheusRegistry();
      agentMetrics = new AgentMetrics(registry, System.err);
      agentMetrics.configProblems(config.problems().size());
      errors.attach(agentMetrics);
      int limit = config.get(Settings.CARDINALITY_LIMIT);
      boolean exemplars = config.get(Settings.TRACES_ENABLED);
      ServerRequestMetrics serverMetrics = new ServerRequestMetrics(registry,
          new CardinalityGuard(limit, agentMetrics.overflowCounter(ServerRequestMetrics.DURATION)), exemplars);
      ServingCheck serving = new ServingCheck();
      DbCheck db = config.get(Settings.HEALTH_DB_ENABLED) ? new DbCheck(config.get(Settings.HEALTH_DB_WINDOW)) : null;
      String serviceName = ServiceName.resolve(config, System.getProperty("sun.java.command"));
      Redactor redactor = Redactor.from(config, new RedactionMetrics(registry));
      EventLog events = EventLogSetup.create(config, serviceName, registry, System.out, System.err, redactor);
      config.problems().forEach((key, line) -> events.emit(EventLog.WARN, "agent.config.invalid", null, "key", key,
          "message", line));
      Tracing tracing = TracingSetup.create(config, serviceName, AgentStarter.version(), new TraceMetrics(registry),
          System.err, events);
      SpanContextSupplier.setSpanContext(new ExemplarSpanContext());
      OperationEvents operations = new OperationEvents(events, config.get(Settings.JDBC_SLOW_THRESHOLD));
      JdbcRecorder jdbc = new JdbcRecorder(new DbClientMetrics(registry,
          new CardinalityGuard(limit, agentMetrics.overflowCounter(DbClientMetrics.DURATION)), exemplars), db, tracing,
          operations, redactor);
      HttpClientRecorder client = new HttpClientRecorder(new HttpClientMetrics(registry,
          new CardinalityGuard(limit, agentMetrics.overflowCounter(HttpClientMetrics.DURATION)), exemplars),
          HttpClientRecorder.debugHeaders(config.get(Settings.DEBUG_CLIENT_HEADER)), tracing, operations, redactor);
      RequestEvents requests = new RequestEvents(events, config.get(Settings.LOG_REQUESTS),
          config.get(Settings.LOG_REQUESTS_SAMPLE), config.get(Settings.LOG_SLOW_THRESHOLD));
      RuntimeHooks hooks = new RuntimeHooks(serverMetrics, new RouteNamer(limit, redactor::redact), serving, agentMetrics, jdbc, client, tracing,
          requests, redactor).withMethods(methods.start(registry, new CardinalityGuard(limit,
          agentMetrics.overflowCounter(Methods.DURATION)), exemplars, tracing, events, redactor,
          config.get(Settings.METHODS_UNMATCHED_REPORT_AFTER), System.err));
      hooks.authentication(config.get(Settings.AUTH_ENABLED)
          ? AuthRecorder.create(registry, events, config.get(Settings.AUTH_LOG_USER)) : null);
      Bridge.install(hooks);
      HealthCheck dbPool = JdbcPools.install(config, registry);

      AgentMetrics metrics = agentMetrics;
      List<HealthCheck> checks = checks(config, serving, db);
      if (dbPool != null) {
        checks.add(dbPool);
      }
      methods.addCheck(checks);
      Saturation.install(config, registry, t -> metrics.error(AgentMetrics.Component.RUNTIME, t)).addChecks(checks);
      HealthService health = new HealthService(checks, t -> metrics.error(AgentMetrics.Component.HEALTH, t),
          (check, up, result) -> events.emit(up ? EventLog.INFO : EventLog.WARN, "health.changed", null,
              "check", check.name(), "kind", check.kind().name().toLowerCase(java.util.Locale.ROOT),
              "status", up ? "UP" : "DOWN"));
      HealthMetrics.register(registry, checks, health);
      String endpoint = startEndpoint(config, registry, health, agentMetrics);
      String names = modules.isEmpty() ? "none" : modules.stream().map(InstrumentationModule::name).collect(Collectors.joining(","));
      System.err.printf("obs-agent %s: service=%s endpoint=%s instrumentation=%s exporters=prometheus%s%n",
          AgentStarter.version(), serviceName, endpoint, names, traceExporter(config));
      events.emit(EventLog.INFO, "agent.started", null, "agent.version", AgentStarter.version(), "endpoint", endpoint,
          "instrumentation", names, "exporters", "prometheus" + traceExporter(config),
          "config.problems", config.problems().size());

      BootstrapBridge.readableFrom(inst, "java.base", "java.net.http");
      ByteBuddyWeaving weaving = new ByteBuddyWeaving(AgentRuntime.class.getClassLoader());
      weaver.ready(buildTransformers(weaving, modules, errors), inst);
      methods.woven();
      if (attached) {
        LoadedClasses.retransform(inst, AgentRuntime.class.getClassLoader(), t -> errors.weaving("attach", t));
      }
      serving.instrumentationReady();
      agentMetrics.info(AgentStarter.version(), serviceName, names);
      agentMetrics.startup("premain", premainNanos);
      agentMetrics.startup("background", System.nanoTime() - startNanos);
      Thread.sleep(STARTUP_WINDOW_MILLIS);
      weaving.startupOver();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      if (agentMetrics != null) {
        agentMetrics.error(AgentMetrics.Component.RUNTIME, t);
      } else {
        System.err.println("obs-agent: failed to initialise, the application runs without it: " + t);
      }
    }
  }

  private static Map<String, ClassFileTransformer> buildTransformers(ByteBuddyWeaving weaving,
      List<InstrumentationModule> modules, WeavingEvents errors) {
    Map<String, ClassFileTransformer> transformers = new LinkedHashMap<>();
    for (InstrumentationModule module : modules) {
      transformers.put(module.name(), weaving.transformer(module, errors::weaving));
    }
    return transformers;
  }

  private static String traceExporter(AgentConfig config) {
    if (!config.get(Settings.TRACES_ENABLED)) {
      return "";
    }
    return "otlp".equals(config.get(Settings.TRACES_EXPORTER))
        ? "," + OtlpTarget.of(config) : "";
  }

  /** @return the endpoint URL, or a note that it is not running */
  private static String startEndpoint(AgentConfig config, PrometheusRegistry registry, HealthService health,
      AgentMetrics agentMetrics) {
    String host = config.get(Settings.SERVER_HOST);
    int port = config.get(Settings.SERVER_PORT);
    try {
      // JVM metrics load a few hundred management classes: not while the application starts
      Endpoint endpoint = Endpoint.start(host, port, registry, health, () -> JvmMetrics.builder().register(registry),
          t -> agentMetrics.error(AgentMetrics.Component.ENDPOINT, t));
      return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + endpoint.port();
    } catch (IOException | RuntimeException e) {
      agentMetrics.count(AgentMetrics.Component.ENDPOINT);
      System.err.println("obs-agent: cannot serve on " + host + ":" + port + " (" + e
          + "); the application runs on, without /metrics and /health. Set obs.server.port to a free port, or 0 for any");
      return "none";
    }
  }

  private static List<HealthCheck> checks(AgentConfig config, ServingCheck serving, DbCheck db) {
    List<HealthCheck> checks = new ArrayList<>();
    if (config.get(Settings.HEALTH_DEADLOCK_ENABLED)) {
      checks.add(new DeadlockCheck());
    }
    if (config.get(Settings.HEALTH_SERVING_ENABLED)) {
      checks.add(serving);
    }
    if (config.get(Settings.HEALTH_HEAP_ENABLED)) {
      checks.add(new HeapCheck(config.get(Settings.HEALTH_HEAP_THRESHOLD)));
    }
    if (db != null) {
      checks.add(db);
    }
    return checks;
  }

  private static List<InstrumentationModule> enabledModules(AgentConfig config) {
    List<InstrumentationModule> modules = new ArrayList<>();
    if (config.get(Settings.SERVLET_ENABLED)) {
      modules.add(new ServletInstrumentation());
    }
    if (config.get(Settings.JDBC_ENABLED)) {
      modules.add(new JdbcInstrumentation());
    }
    if (config.get(Settings.HTTP_CLIENT_ENABLED)) {
      modules.add(new HttpClientInstrumentation());
    }
    if (config.get(Settings.JDBC_POOL_ENABLED)) {
      modules.add(new JdbcPoolInstrumentation());
    }
    if (config.get(Settings.EXECUTOR_ENABLED) && config.get(Settings.TRACES_ENABLED)) {
      modules.add(new ExecutorInstrumentation());
    }
    if (config.get(Settings.LOGGING_ENABLED) && config.get(Settings.TRACES_ENABLED)) {
      modules.add(new LoggingInstrumentation());
    }
    if (config.get(Settings.REQUEST_THREADS_ENABLED)) {
      modules.add(new RequestThreadsInstrumentation());
    }
    if (config.get(Settings.AUTH_ENABLED)) {
      modules.add(new AuthInstrumentation());
    }
    return modules;
  }
}
