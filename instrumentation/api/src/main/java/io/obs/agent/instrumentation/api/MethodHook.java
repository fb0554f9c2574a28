package io.obs.agent.instrumentation.api;

/**
 * A call of a one-String bridge method ({@code Bridge.<bridgeMethod>(declaringClassName)}) woven
 * at the entry or the normal exit of one method of one class, with plain ASM and without waiting
 * for Byte Buddy. For events that must never be missed even when they happen while Byte Buddy is
 * still starting, such as a servlet container starting to serve. A hook made {@code withThis} calls
 * a one-Object bridge method ({@code Bridge.<bridgeMethod>(this)}) instead; static methods are left alone.
 */
public final class MethodHook {

  private final String className;
  private final String methodName;
  private final String bridgeMethod;
  private final boolean atExit;
  private final boolean passesThis;

  private MethodHook(String className, String methodName, String bridgeMethod, boolean atExit, boolean passesThis) {
    this.className = className;
    this.methodName = methodName;
    this.bridgeMethod = bridgeMethod;
    this.atExit = atExit;
    this.passesThis = passesThis;
  }

  /** Calls the bridge when the no-argument method {@code methodName} returns normally. */
  public static MethodHook onReturn(String className, String methodName, String bridgeMethod) {
    return new MethodHook(className, methodName, bridgeMethod, true, false);
  }

  /** Calls the bridge when the no-argument method {@code methodName} is entered. */
  public static MethodHook onEntry(String className, String methodName, String bridgeMethod) {
    return new MethodHook(className, methodName, bridgeMethod, false, false);
  }

  /** This hook, calling {@code Bridge.<bridgeMethod>(Object)} with the instance the method runs on. */
  public MethodHook withThis() {
    return new MethodHook(className, methodName, bridgeMethod, atExit, true);
  }

  /** Binary name, e.g. {@code org.eclipse.jetty.server.Server}. */
  public String className() {
    return className;
  }

  public String methodName() {
    return methodName;
  }

  public String bridgeMethod() {
    return bridgeMethod;
  }

  public boolean atExit() {
    return atExit;
  }

  public boolean passesThis() {
    return passesThis;
  }
}
