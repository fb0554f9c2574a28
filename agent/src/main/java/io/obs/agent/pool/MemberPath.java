package io.obs.agent.pool;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * A chain of no-argument methods or fields read from a pool object, e.g. {@code config.getMaximumPoolSize}.
 * The runtime cannot link against pool classes (it lives in its own class loader), so each step is
 * resolved once per class by reflection, made accessible, and kept as a {@link MethodHandle}; it is
 * read at scrape time only. A step that does not exist in the class reads as null.
 */
final class MemberPath {

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

  private final String path;
  private final ClassValue<MethodHandle>[] steps;

  @SuppressWarnings("unchecked")
  MemberPath(String path) {
    this.path = path;
    String[] names = path.split("\\.");
    steps = new ClassValue[names.length];
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      steps[i] = new ClassValue<MethodHandle>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
          return resolve(type, name);
        }
      };
    }
  }

  /** The value at the end of the path, or null where a step is missing or a value on the way is null. */
  Object read(Object root) throws Throwable {
    Object value = root;
    for (ClassValue<MethodHandle> step : steps) {
      MethodHandle getter = value == null ? null : step.get(value.getClass());
      if (getter == null) {
        return null;
      }
      value = getter.invokeExact(value);
    }
    return value;
  }

  private static MethodHandle resolve(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == 0 && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers())) {
          return handle(m, () -> MethodHandles.lookup().unreflect(m));
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name) && !Modifier.isStatic(f.getModifiers())) {
          return handle(f, () -> MethodHandles.lookup().unreflectGetter(f));
        }
      }
    }
    return null;
  }

  private interface Unreflect {
    MethodHandle get() throws IllegalAccessException;
  }

  private static MethodHandle handle(AccessibleObject member, Unreflect unreflect) {
    try {
      member.setAccessible(true);
      return unreflect.get().asType(GETTER);
    } catch (RuntimeException | IllegalAccessException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return path;
  }
}
