package io.obs.agent.instrumentation.methods;

import java.util.List;

/**
 * One configured pattern: a class or interface, a method name or every public method, and the
 * parameter types or any. A method matches when its class is or extends the named type and it is
 * declared there or overrides a method declared there.
 */
public final class MethodTarget {

  private final String className;
  private final String methodName;
  private final List<String> parameterTypes;
  private final boolean withValues;

  /**
   * @param methodName a method name, or null for every public method
   * @param parameterTypes binary names ({@code long}, {@code java.lang.String}, {@code int[]}), or null for any
   * @param withValues whether its calls hand arguments and return value to the runtime (a business event)
   */
  public MethodTarget(String className, String methodName, List<String> parameterTypes, boolean withValues) {
    this.className = className;
    this.methodName = methodName;
    this.parameterTypes = parameterTypes == null ? null : List.copyOf(parameterTypes);
    this.withValues = withValues;
  }

  /** Binary name, e.g. {@code com.shop.OrderService}. */
  public String className() {
    return className;
  }

  /** Null: every public method. */
  public String methodName() {
    return methodName;
  }

  /** Null: any. */
  public List<String> parameterTypes() {
    return parameterTypes;
  }

  public boolean withValues() {
    return withValues;
  }
}
