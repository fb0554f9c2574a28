package io.obs.agent.weaving;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * For an agent attached to a running JVM: every class was loaded before the {@link Weaver} was
 * registered, so each one that may need weaving is retransformed once; the Weaver then sees its
 * bytes and rejects all but the candidates as it does at load time. Runs on the agent's thread.
 */
public final class LoadedClasses {

  private static final int BATCH = 200;

  private LoadedClasses() {}

  public static void retransform(Instrumentation inst, ClassLoader agentLoader, Consumer<Throwable> onError) {
    List<Class<?>> batch = new ArrayList<>(BATCH);
    for (Class<?> type : inst.getAllLoadedClasses()) {
      if (type.getClassLoader() == agentLoader || type.isArray() || type.isPrimitive()
          || IgnoredTypes.ignored(type.getName().replace('.', '/')) || !inst.isModifiableClass(type)) {
        continue;
      }
      batch.add(type);
      if (batch.size() == BATCH) {
        retransform(inst, batch, onError);
      }
    }
    retransform(inst, batch, onError);
  }

  private static void retransform(Instrumentation inst, List<Class<?>> batch, Consumer<Throwable> onError) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      inst.retransformClasses(batch.toArray(new Class<?>[0]));
    } catch (Throwable batchFailed) {
      // a failed call retransforms nothing: one by one, so one bad class spoils only itself
      for (Class<?> type : batch) {
        try {
          inst.retransformClasses(type);
        } catch (Throwable t) {
          onError.accept(t);
        }
      }
    } finally {
      batch.clear();
    }
  }
}
