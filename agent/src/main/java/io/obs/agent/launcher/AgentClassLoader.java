package io.obs.agent.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads the runtime from {@code inst/**.classdata} entries of the agent jar. No other class loader
 * can see those entries, so the runtime and its relocated libraries are private to the agent. The
 * parent is the platform loader: JDK modules and (once appended) the bootstrap bridge are visible,
 * application classes are not.
 */
final class AgentClassLoader extends ClassLoader {

  static {
    registerAsParallelCapable();
  }

  private static final String PREFIX = "inst/";

  private final JarFile jar;
  private final String jarUrl;
  private final ProtectionDomain protectionDomain;

  AgentClassLoader(JarFile jar, URL jarLocation) {
    super("obs-agent", ClassLoader.getPlatformClassLoader());
    this.jar = jar;
    this.jarUrl = "jar:" + jarLocation.toExternalForm() + "!/";
    this.protectionDomain = new ProtectionDomain(new CodeSource(jarLocation, (Certificate[]) null), null, this, null);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JarEntry entry = jar.getJarEntry(PREFIX + name.replace('.', '/') + ".classdata");
    if (entry == null) {
      throw new ClassNotFoundException(name);
    }
    byte[] bytes;
    try (InputStream in = jar.getInputStream(entry)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
    int dot = name.lastIndexOf('.');
    if (dot > 0 && getDefinedPackage(name.substring(0, dot)) == null) {
      try {
        definePackage(name.substring(0, dot), null, null, null, null, null, null, null);
      } catch (IllegalArgumentException alreadyDefinedConcurrently) {
        // fine
      }
    }
    return defineClass(name, bytes, 0, bytes.length, protectionDomain);
  }

  @Override
  protected URL findResource(String name) {
    String entry = entryName(name);
    if (jar.getJarEntry(entry) == null) {
      return null;
    }
    try {
      return new URL(jarUrl + entry);
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Enumeration<URL> findResources(String name) {
    URL url = findResource(name);
    return url == null ? Collections.emptyEnumeration() : Collections.enumeration(Collections.singletonList(url));
  }

  /** Reads our own entries straight from the open jar (Byte Buddy reads advice bytes this way). */
  @Override
  public InputStream getResourceAsStream(String name) {
    JarEntry entry = jar.getJarEntry(entryName(name));
    if (entry != null) {
      try {
        return jar.getInputStream(entry);
      } catch (IOException e) {
        return null;
      }
    }
    return super.getResourceAsStream(name);
  }

  private static String entryName(String resource) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    return name.endsWith(".class")
        ? PREFIX + name.substring(0, name.length() - ".class".length()) + ".classdata"
        : PREFIX + name;
  }
}
