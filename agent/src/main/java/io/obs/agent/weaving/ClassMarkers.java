package io.obs.agent.weaving;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * A scan of a class file for marker strings of its constant pool. Rejecting a class here costs a
 * pass over its bytes; rejecting it in Byte Buddy costs parsing it and its super types. The bytes
 * are viewed as one Latin-1 string so the search is the JDK's vectorised {@code String.indexOf}.
 */
final class ClassMarkers {

  private final String[] markers;

  ClassMarkers(Collection<String> markers) {
    this.markers = markers.toArray(new String[0]);
  }

  /** One byte per char: what {@link #anyIn} searches. */
  static String text(byte[] classFile) {
    return new String(classFile, StandardCharsets.ISO_8859_1);
  }

  boolean isEmpty() {
    return markers.length == 0;
  }

  boolean anyIn(String classFileText) {
    for (String marker : markers) {
      if (classFileText.contains(marker)) {
        return true;
      }
    }
    return false;
  }
}
