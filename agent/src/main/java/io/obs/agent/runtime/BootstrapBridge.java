package io.obs.agent.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Makes the bridge ({@code io/obs/agent/bootstrap/*}, at the root of the agent jar) visible to every
 * class loader. It defines those few classes straight into the bootstrap loader, which the agent's
 * instrumentation rights allow; appending the whole jar to the bootstrap class path would do too,
 * but makes the JVM print a class-data-sharing warning into every application's output. The append
 * stays as the fallback.
 */
final class BootstrapBridge {

  private static final String PACKAGE = "io/obs/agent/bootstrap/";

  private BootstrapBridge() {}

  static void install(Instrumentation inst, JarFile jar) {
    try {
      defineInBootLoader(inst, jar);
    } catch (Throwable notPossibleHere) {
      inst.appendToBootstrapClassLoaderSearch(jar);
    }
  }

  /**
   * Lets the named JDK modules read the bridge, so advice woven into their classes (the JDK's
   * HTTP clients) can call it: the bridge is in the boot loader's unnamed module, which named
   * modules do not read by default. A module not in the boot layer is skipped.
   */
  static void readableFrom(Instrumentation inst, String... moduleNames) {
    Module bridge = io.obs.agent.bootstrap.Bridge.class.getModule();
    for (String name : moduleNames) {
      ModuleLayer.boot().findModule(name).ifPresent(m -> {
        if (!m.canRead(bridge)) {
          inst.redefineModule(m, Set.of(bridge), Map.of(), Map.of(), Set.of(), Map.of());
        }
      });
    }
  }

  private static void defineInBootLoader(Instrumentation inst, JarFile jar) throws Exception {
    Module javaBase = Object.class.getModule();
    inst.redefineModule(javaBase, Set.of(), Map.of(),
        Map.of("jdk.internal.misc", Set.of(BootstrapBridge.class.getModule())), Set.of(), Map.of());
    Class<?> unsafeType = Class.forName("jdk.internal.misc.Unsafe");
    Object unsafe = unsafeType.getMethod("getUnsafe").invoke(null);
    Method defineClass = unsafeType.getMethod("defineClass", String.class, byte[].class, int.class, int.class,
        ClassLoader.class, ProtectionDomain.class);
    for (Map.Entry<String, byte[]> type : bridgeClasses(jar)) {
      byte[] bytes = type.getValue();
      defineClass.invoke(unsafe, type.getKey(), bytes, 0, bytes.length, null, null);
    }
  }

  /** The bridge's classes in name order; they extend nothing but JDK types, so order is free. */
  private static List<Map.Entry<String, byte[]>> bridgeClasses(JarFile jar) throws IOException {
    List<Map.Entry<String, byte[]>> classes = new ArrayList<>();
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      JarEntry entry = entries.nextElement();
      String name = entry.getName();
      if (name.startsWith(PACKAGE) && name.endsWith(".class")) {
        try (InputStream in = jar.getInputStream(entry)) {
          String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
          classes.add(Map.entry(className, in.readAllBytes()));
        }
      }
    }
    classes.sort(Map.Entry.comparingByKey());
    return classes;
  }
}
