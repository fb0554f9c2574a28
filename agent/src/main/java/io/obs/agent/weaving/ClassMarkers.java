package io.obs.agent.weaving;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * A byte scan of a class file for marker strings of its constant pool. Rejecting a class here
 * costs a pass over its bytes; rejecting it in Byte Buddy costs parsing it and its super types.
 */
final class ClassMarkers {

  private final byte[][] markers;

  ClassMarkers(Collection<String> markers) {
    this.markers = markers.stream().map(m -> m.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
  }

  boolean anyIn(byte[] classFile) {
    for (byte[] marker : markers) {
      if (indexOf(classFile, marker) >= 0) {
        return true;
      }
    }
    return false;
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    if (needle.length == 0) {
      return 0;
    }
    byte first = needle[0];
    int last = haystack.length - needle.length;
    outer:
    for (int i = 0; i <= last; i++) {
      if (haystack[i] != first) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
