package io.obs.agent.launcher;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * The {@code Premain-Class} / {@code Agent-Class}. Loaded by the system class loader, so it does
 * nothing but hand over to the runtime inside the agent's own class loader; every library the
 * runtime uses stays invisible to the application.
 */
public final class ObsAgent {

  private static final String RUNTIME_MAIN = "io.obs.agent.runtime.AgentStarter";
  private static final String CLI_MAIN = "io.obs.agent.slo.SloCommand";

  private ObsAgent() {}

  public static void premain(String args, Instrumentation inst) {
    start(args, inst, false);
  }

  public static void agentmain(String args, Instrumentation inst) {
    start(args, inst, true);
  }

  /** {@code java -jar obs-agent.jar slo ...}: the command line tools; the exit code is theirs. */
  public static void main(String[] args) {
    try {
      File jarPath = agentJar();
      new AgentClassLoader(new JarFile(jarPath, false), jarPath.toURI().toURL())
          .loadClass(CLI_MAIN).getMethod("main", String[].class).invoke(null, (Object) args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      e.getCause().printStackTrace();
      System.exit(1);
    } catch (Exception e) {
      System.err.println("obs-agent: cannot run the command line: " + e);
      System.exit(1);
    }
  }

  private static void start(String args, Instrumentation inst, boolean attached) {
    long startNanos = System.nanoTime();
    try {
      File jarPath = agentJar();
      JarFile jar = new JarFile(jarPath, false);
      ClassLoader runtimeLoader = new AgentClassLoader(jar, jarPath.toURI().toURL());
      runtimeLoader.loadClass(RUNTIME_MAIN)
          .getMethod("start", String.class, Instrumentation.class, JarFile.class, boolean.class, long.class)
          .invoke(null, args, inst, jar, attached, startNanos);
    } catch (Throwable t) {
      // the application must start whatever happens to the agent
      System.err.println("obs-agent: failed to start, the application runs without it: " + t);
    }
  }

  private static File agentJar() throws java.net.URISyntaxException {
    return new File(ObsAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
