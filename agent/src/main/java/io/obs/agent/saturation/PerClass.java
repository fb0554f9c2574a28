package io.obs.agent.saturation;

/**
 * A value resolved once per class (getters as method handles). A class that could not be resolved
 * keeps its failure, rethrown at each use so it is counted rather than retried; null means "not
 * one of ours".
 */
final class PerClass<T> {

  interface Resolver<T> {
    T resolve(Class<?> type) throws ReflectiveOperationException;
  }

  private final ClassValue<Object> values;

  private PerClass(Resolver<T> resolver) {
    values = new ClassValue<>() {
      @Override
      protected Object computeValue(Class<?> type) {
        try {
          return resolver.resolve(type);
        } catch (ReflectiveOperationException | RuntimeException e) {
          return e;
        }
      }
    };
  }

  static <T> PerClass<T> of(Resolver<T> resolver) {
    return new PerClass<>(resolver);
  }

  @SuppressWarnings("unchecked")
  T get(Class<?> type) throws Exception {
    Object value = values.get(type);
    if (value instanceof Exception) {
      throw (Exception) value;
    }
    return (T) value;
  }
}
