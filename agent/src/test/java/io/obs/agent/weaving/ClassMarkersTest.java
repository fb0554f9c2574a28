package io.obs.agent.weaving;

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
}
