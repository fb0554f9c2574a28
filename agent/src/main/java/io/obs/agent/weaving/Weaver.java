package io.obs.agent.weaving;

import io.obs.agent.instrumentation.api.InstrumentationModule;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The one transformer the agent registers, installed in premain before Byte Buddy exists. For each
 * loading class it rejects, by name and then by a byte scan, everything no module could want; only
 * the rest reaches that module's Byte Buddy transformer, which the agent builds on a background
 * thread. A candidate that loads before Byte Buddy is ready waits for it (bounded); one that could
 * not wait is retransformed once Byte Buddy is there.
 */
public final class Weaver implements ClassFileTransformer {

  private static final class Family {
    final String name;
    final Set<String> classNames;
    final ClassMarkers markers;
    volatile ClassFileTransformer transformer;

    Family(InstrumentationModule module) {
      this.name = module.name();
      this.classNames = module.classNames();
      this.markers = new ClassMarkers(module.markers());
    }

    boolean wants(String internalName, byte[] classFile) {
      return classNames.contains(internalName) || markers.anyIn(classFile);
    }
  }

  private final ClassLoader agentLoader;
  private final List<Family> families = new ArrayList<>();
  private final CountDownLatch ready = new CountDownLatch(1);
  private final long maxWaitMillis;
  private final Set<String> missed = ConcurrentHashMap.newKeySet();
  private final BiConsumer<String, Throwable> onError;
  private final BiConsumer<String, String> onTransformed;

  /**
   * @param onError called with the module name and the failure
   * @param onTransformed called with the module name and the class name
   */
  public Weaver(ClassLoader agentLoader, List<InstrumentationModule> modules, long maxWaitMillis,
      BiConsumer<String, Throwable> onError, BiConsumer<String, String> onTransformed) {
    this.agentLoader = agentLoader;
    this.maxWaitMillis = maxWaitMillis;
    this.onError = onError;
    this.onTransformed = onTransformed;
    modules.forEach(m -> families.add(new Family(m)));
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain, byte[] classFile) {
    if (loader == agentLoader || IgnoredTypes.ignored(className)) {
      return null;
    }
    byte[] current = classFile;
    boolean changed = false;
    for (Family family : families) {
      if (!family.wants(className, current)) {
        continue;
      }
      ClassFileTransformer transformer = family.transformer;
      if (transformer == null && !awaitReady()) {
        missed.add(className);
        continue;
      }
      try {
        byte[] result = family.transformer.transform(module, loader, className, classBeingRedefined, protectionDomain, current);
        if (result != null) {
          current = result;
          changed = true;
          onTransformed.accept(family.name, className);
        }
      } catch (Throwable t) {
        onError.accept(family.name, t);
      }
    }
    return changed ? current : null;
  }

  private boolean awaitReady() {
    try {
      return ready.await(maxWaitMillis, TimeUnit.MILLISECONDS) && families.get(0).transformer != null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Byte Buddy is built: hands each module its transformer and retransforms what had to pass. */
  public void ready(Map<String, ClassFileTransformer> transformers, Instrumentation inst) {
    for (Family family : families) {
      family.transformer = transformers.get(family.name);
    }
    ready.countDown();
    if (missed.isEmpty()) {
      return;
    }
    List<Class<?>> retransform = new ArrayList<>();
    for (Class<?> type : inst.getAllLoadedClasses()) {
      if (missed.contains(type.getName().replace('.', '/')) && inst.isModifiableClass(type)) {
        retransform.add(type);
      }
    }
    missed.clear();
    try {
      if (!retransform.isEmpty()) {
        inst.retransformClasses(retransform.toArray(new Class<?>[0]));
      }
    } catch (Throwable t) {
      onError.accept("retransform", t);
    }
  }

  /** Byte Buddy could not be built: stop making class loading wait for it. */
  public void failed() {
    ready.countDown();
  }
}
