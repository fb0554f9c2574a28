package io.obs.agent.weaving;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * A scan of a class file for marker strings of its constant pool. Rejecting a class here costs a
 * pass over its constant pool; rejecting it in Byte Buddy costs parsing it and its super types. The
 * constant pool is viewed as one Latin-1 string so the search is the JDK's vectorised
 * {@code String.indexOf}; method bodies, usually about half of a class file, are not searched.
 */
final class ClassMarkers {

  private final String[] markers;

  ClassMarkers(Collection<String> markers) {
    this.markers = markers.toArray(new String[0]);
  }

  /** The constant pool (all of {@code classFile} when that is not a class file), one byte per char: what {@link #anyIn} searches. */
  static String text(byte[] classFile) {
    return new String(classFile, 0, constantPoolEnd(classFile), StandardCharsets.ISO_8859_1);
  }

  /** The offset just past the constant pool, or the length of {@code b} when it cannot be read as a class file. */
  static int constantPoolEnd(byte[] b) {
    if (b.length < 10 || u2(b, 0) != 0xCAFE || u2(b, 2) != 0xBABE) {
      return b.length;
    }
    int count = u2(b, 8);
    int i = 10;
    for (int entry = 1; entry < count && i < b.length; entry++) {
      switch (b[i]) {
        case 1: // Utf8
          i += i + 2 < b.length ? 3 + u2(b, i + 1) : b.length;
          break;
        case 5: // Long, Double: two entries
        case 6:
          i += 9;
          entry++;
          break;
        case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
          i += 5;
          break;
        case 7: case 8: case 16: case 19: case 20:
          i += 3;
          break;
        case 15: // MethodHandle
          i += 4;
          break;
        default:
          return b.length;
      }
    }
    return Math.min(i, b.length);
  }

  private static int u2(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
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
