package io.obs.agent.weaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassMarkersTest {

  private static String ascii(String s) {
    return ClassMarkers.text(s.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void anyIn() {
    ClassMarkers markers = new ClassMarkers(List.of("javax/servlet/Servlet", "jakarta/servlet/Servlet"));
    assertTrue(markers.anyIn(ascii("..Ljakarta/servlet/Servlet;")));
    assertTrue(markers.anyIn(ascii("javax/servlet/Servlet")));
    assertFalse(markers.anyIn(ascii("javax/servlet/Servle")));
    assertFalse(markers.anyIn(ascii("jakarta/servlet/Filter")));
    assertFalse(markers.anyIn(ClassMarkers.text(new byte[0])));
    assertTrue(markers.anyIn(ClassMarkers.text(new byte[] {(byte) 0xCA, (byte) 0xFE, 'j', 'a', 'v', 'a', 'x', '/', 's', 'e', 'r', 'v', 'l', 'e', 't', '/', 'S', 'e', 'r', 'v', 'l', 'e', 't'})));
    assertFalse(new ClassMarkers(List.of()).anyIn(ascii("anything")));
  }

  @Test
  void findsAConstantPoolEntryOfARealClassFile() throws IOException {
    byte[] classFile;
    try (InputStream in = ClassLoader.getSystemResourceAsStream("java/lang/Runnable.class")) {
      classFile = in.readAllBytes();
    }
    assertTrue(new ClassMarkers(List.of("Ljava/lang/FunctionalInterface;")).anyIn(ClassMarkers.text(classFile)));
    assertFalse(new ClassMarkers(List.of("java/lang/Thread")).anyIn(ClassMarkers.text(classFile)));
  }

  @Test
  void onlyTheConstantPoolIsSearchedAndEveryEntryOfRealClassFilesIsInIt() throws IOException {
    for (Class<?> type : List.of(Runnable.class, String.class, Long.class, java.util.concurrent.ConcurrentHashMap.class,
        ClassMarkersTest.class, java.lang.invoke.MethodHandles.class)) {
      byte[] classFile;
      try (InputStream in = ClassLoader.getSystemResourceAsStream(type.getName().replace('.', '/') + ".class")) {
        classFile = in.readAllBytes();
      }
      int end = ClassMarkers.constantPoolEnd(classFile);
      // access flags, this_class, super_class follow the pool: this_class must index a Class entry naming the type
      String pool = ClassMarkers.text(classFile);
      assertTrue(end < classFile.length, type.getName());
      assertTrue(pool.contains(type.getName().replace('.', '/')), type.getName());
      assertEquals(end, pool.length());
    }
    byte[] truncated = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 5, 1, 0, 9, 'a'};
    assertEquals(truncated.length, ClassMarkers.text(truncated).length());
  }
}
