package io.obs.agent.instrumentation.executor;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.api.Weaving;
import java.util.Set;
import java.util.concurrent.Callable;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * Work handed to another thread runs in the trace context it was handed over in. Every
 * {@code submit}/{@code invoke*}/{@code schedule*} of the JDK's executors makes a {@code FutureTask},
 * which remembers the context when made and restores it around {@code run}; plain runnables given to
 * {@code ThreadPoolExecutor.execute}, {@code ForkJoinPool} (CompletableFuture's default) or
 * CompletableFuture's thread-per-task executor are wrapped. Only JDK classes, named exactly.
 */
public final class ExecutorInstrumentation implements InstrumentationModule {

  private static final String PACKAGE = "io.obs.agent.instrumentation.executor.";
  private static final String TPE = "java.util.concurrent.ThreadPoolExecutor";
  private static final String FJP = "java.util.concurrent.ForkJoinPool";
  private static final String FUTURE_TASK = "java.util.concurrent.FutureTask";
  private static final String THREAD_PER_TASK = "java.util.concurrent.CompletableFuture$ThreadPerTaskExecutor";

  @Override
  public String name() {
    return "executor";
  }

  @Override
  public Set<String> classNames() {
    return InstrumentationModule.internalNames(TPE, FJP, FUTURE_TASK, THREAD_PER_TASK);
  }

  @Override
  public Set<String> superTypes() {
    return Set.of(TPE, FJP, FUTURE_TASK, THREAD_PER_TASK);
  }

  @Override
  public Set<String> markers() {
    return Set.of();
  }

  @Override
  public AgentBuilder extend(AgentBuilder builder, Weaving weaving) {
    return builder
        .type(namedOneOf(TPE, THREAD_PER_TASK))
        .transform(weaving.advice(named("execute").and(takesArguments(Runnable.class)), PACKAGE + "ExecuteAdvice"))
        .type(named(FJP))
        .transform(weaving.advice(named("execute").and(takesArguments(Runnable.class)), PACKAGE + "ExecuteAdvice"))
        .transform(weaving.advice(named("submit").and(takesArguments(Runnable.class)), PACKAGE + "SubmitRunnableAdvice"))
        .transform(weaving.advice(named("submit").and(takesArguments(Callable.class)), PACKAGE + "SubmitCallableAdvice"))
        .type(named(FUTURE_TASK))
        .transform(weaving.advice(isConstructor().and(takesArgument(0, namedOneOf(Runnable.class.getName(),
            Callable.class.getName()))), PACKAGE + "FutureTaskCreatedAdvice"))
        .transform(weaving.advice(namedOneOf("run", "runAndReset").and(takesArguments(0)), PACKAGE + "FutureTaskRunAdvice"));
  }

}
