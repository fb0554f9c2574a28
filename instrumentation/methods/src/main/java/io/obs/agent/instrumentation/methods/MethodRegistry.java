package io.obs.agent.instrumentation.methods;

/** The runtime's table of woven methods: the advice of each carries the id it returns as a constant. */
public interface MethodRegistry {

  /**
   * A method is being woven; called again, with the same answer, when its class is woven again.
   *
   * @param className binary name of the class that declares it
   * @param descriptor its JVM descriptor, e.g. {@code (Ljava/lang/String;J)V}
   * @param targets indices of the {@link MethodTarget}s it matches
   * @return its id
   */
  int register(String className, String methodName, String descriptor, int[] targets);
}
