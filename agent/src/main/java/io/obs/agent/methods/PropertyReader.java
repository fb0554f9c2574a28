package io.obs.agent.methods;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads one property of an object for a business event, and nothing else: the first of the no-argument,
 * non-static, non-void methods {@code getX()}, {@code isX()} (boolean only) and {@code x()}, else
 * the non-static field {@code x}, declared by the object's class or a superclass. Resolved once
 * per runtime class and property into a {@link MethodHandle}; a property that cannot be read
 * (absent, or closed by the module system) reads as null.
 */
final class PropertyReader {

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final MethodHandle ABSENT = MethodHandles.constant(Object.class, null);

  private final ClassValue<Map<String, MethodHandle>> handles = new ClassValue<Map<String, MethodHandle>>() {
    @Override
    protected Map<String, MethodHandle> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>(4);
    }
  };

  /** {@code target.property}, or null when {@code target} is null or has no such property. */
  Object read(Object target, String property) {
    if (target == null) {
      return null;
    }
    Class<?> type = target.getClass();
    Map<String, MethodHandle> byName = handles.get(type);
    MethodHandle handle = byName.get(property);
    if (handle == null) {
      handle = resolve(type, property);
      byName.put(property, handle);
    }
    if (handle == ABSENT) {
      return null;
    }
    try {
      return (Object) handle.invokeExact(target);
    } catch (Throwable t) {
      throw new IllegalStateException("reading " + property + " of " + type.getName() + " for an event failed", t);
    }
  }

  static MethodHandle resolve(Class<?> type, String property) {
    String capitalised = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Method getter = firstNonNull(getter(c, "get" + capitalised, false), getter(c, "is" + capitalised, true),
          getter(c, property, false));
      if (getter != null) {
        return adapt(() -> MethodHandles.lookup().unreflect(getter));
      }
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Field field = field(c, property);
      if (field != null && field.trySetAccessible()) {
        return adapt(() -> MethodHandles.lookup().unreflectGetter(field));
      }
    }
    return ABSENT;
  }

  /** The readable getter {@code name} of {@code type}, or null. */
  private static Method getter(Class<?> type, String name, boolean booleanOnly) {
    try {
      Method method = type.getDeclaredMethod(name);
      Class<?> returns = method.getReturnType();
      boolean fits = booleanOnly ? returns == boolean.class || returns == Boolean.class : returns != void.class;
      return fits && !Modifier.isStatic(method.getModifiers()) && method.trySetAccessible() ? method : null;
    } catch (NoSuchMethodException | SecurityException e) {
      return null;
    }
  }

  private static Method firstNonNull(Method... methods) {
    for (Method method : methods) {
      if (method != null) {
        return method;
      }
    }
    return null;
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      return Modifier.isStatic(field.getModifiers()) ? null : field;
    } catch (NoSuchFieldException | SecurityException e) {
      return null;
    }
  }

  private interface Unreflect {
    MethodHandle get() throws IllegalAccessException;
  }

  private static MethodHandle adapt(Unreflect unreflect) {
    try {
      return unreflect.get().asType(GETTER);
    } catch (IllegalAccessException | RuntimeException e) {
      return ABSENT;
    }
  }
}
