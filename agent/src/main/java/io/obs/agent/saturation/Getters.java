package io.obs.agent.saturation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Public no-argument getters of a container's classes as method handles, resolved once per class. */
final class Getters {

  private Getters() {}

  /** Whether {@code type} is, or extends, the class named {@code className}. */
  static boolean isA(Class<?> type, String className) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(className)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first of {@code names} that {@code type} has as a public method without arguments, typed
   * {@code (Object) returns}; null when it has none of them.
   */
  static MethodHandle find(Class<?> type, Class<?> returns, String... names) throws IllegalAccessException {
    for (String name : names) {
      Method method = publicMethod(type, name);
      if (method != null) {
        return MethodHandles.publicLookup().unreflect(method).asType(MethodType.methodType(returns, Object.class));
      }
    }
    return null;
  }

  /** Like {@link #find}, but the getter must exist. */
  static MethodHandle require(Class<?> type, Class<?> returns, String name) throws ReflectiveOperationException {
    MethodHandle handle = find(type, returns, name);
    if (handle == null) {
      throw new NoSuchMethodException(type.getName() + "." + name + "()");
    }
    return handle;
  }

  /** Declared by a public class, so a public lookup may call it whatever the runtime class is. */
  private static Method publicMethod(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers())) {
        try {
          return c.getMethod(name);
        } catch (NoSuchMethodException e) {
          return null;
        }
      }
    }
    return null;
  }
}
