package io.obs.agent.weaving;

import io.obs.agent.bootstrap.Bridge;
import io.obs.agent.instrumentation.api.InstrumentationModule;
import io.obs.agent.instrumentation.api.Weaving;
import java.lang.instrument.ClassFileTransformer;
import java.util.function.BiConsumer;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.Nexus;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.utility.JavaModule;

/**
 * Builds one Byte Buddy transformer per instrumentation module. Advice is inlined, read from the
 * agent's own class loader, and every exception it throws is swallowed into
 * {@link Bridge#adviceError} (counted in {@code obs_agent_errors_total}), never the application.
 */
public final class ByteBuddyWeaving implements Weaving {

  private final ClassLoader agentLoader;
  private final Advice.ExceptionHandler countErrors;
  private final StartupTypePools typePools = new StartupTypePools();

  public ByteBuddyWeaving(ClassLoader agentLoader) throws NoSuchMethodException {
    // Advice needs no type initializers, so no Nexus: spares its class injection, which pokes
    // sun.misc.Unsafe (a warning on JDK 24+) and costs start-up. The key is relocated, so it is ours.
    System.setProperty(Nexus.PROPERTY, "true");
    this.agentLoader = agentLoader;
    MethodDescription adviceError = new MethodDescription.ForLoadedMethod(Bridge.class.getMethod("adviceError", Throwable.class));
    this.countErrors = new Advice.ExceptionHandler.Simple(MethodInvocation.invoke(adviceError));
  }

  @Override
  public AgentBuilder.Transformer advice(ElementMatcher<? super MethodDescription> methods, String adviceClass) {
    return new AgentBuilder.Transformer.ForAdvice()
        .include(agentLoader)
        .withExceptionHandler(countErrors)
        .advice(methods, adviceClass);
  }

  @Override
  public AgentBuilder.Transformer advice(ElementMatcher<? super MethodDescription> methods, String enterClass,
      String exitClass) {
    return new AgentBuilder.Transformer.ForAdvice()
        .include(agentLoader)
        .withExceptionHandler(countErrors)
        .advice(methods, enterClass, exitClass);
  }

  @Override
  public AgentBuilder.Transformer advice(ElementMatcher<? super MethodDescription> methods, String enterClass,
      String exitClass, Advice.WithCustomMapping mapping) {
    return new AgentBuilder.Transformer.ForAdvice(mapping)
        .include(agentLoader)
        .withExceptionHandler(countErrors)
        .advice(methods, enterClass, exitClass);
  }

  /** The application has started: type descriptions are no longer shared between transformations. */
  public void startupOver() {
    typePools.end();
  }

  /** The raw transformer of one module; the {@link Weaver} decides which classes it sees. */
  public ClassFileTransformer transformer(InstrumentationModule module, BiConsumer<String, Throwable> onError) {
    AgentBuilder builder = new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
        .disableClassFormatChanges()
        .with(AgentBuilder.InjectionStrategy.Disabled.INSTANCE)
        .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
        .with(AgentBuilder.DescriptionStrategy.Default.POOL_ONLY)
        .with(typePools)
        .with(new AgentBuilder.Listener.Adapter() {
          @Override
          public void onError(String typeName, ClassLoader classLoader, JavaModule javaModule, boolean loaded, Throwable throwable) {
            onError.accept(module.name(), throwable);
          }
        })
        .ignore(ElementMatchers.none());
    return module.extend(builder, this).makeRaw();
  }
}
