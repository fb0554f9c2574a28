package io.obs.agent.weaving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassMarkersTest {

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @ParameterizedTest(name = "\"{1}\" in \"{0}\" at {2}")
  @CsvSource({
      "abc, abc, 0",
      "xxabc, abc, 2",
      "aaab, aab, 1",
      "ababac, abac, 2",
      "abcabc, bc, 1",
      "xxab, abc, -1",
      "abab, abb, -1",
      "ab, abc, -1",
      "'', a, -1",
      "'', '', 0",
      "abc, '', 0",
      "abc, c, 2",
  })
  void indexOf(String haystack, String needle, int index) {
    assertEquals(index, ClassMarkers.indexOf(ascii(haystack), ascii(needle)));
  }

  @Test
  void anyIn() {
    ClassMarkers markers = new ClassMarkers(List.of("javax/servlet/Servlet", "jakarta/servlet/Servlet"));
    assertTrue(markers.anyIn(ascii("..Ljakarta/servlet/Servlet;")));
    assertTrue(markers.anyIn(ascii("javax/servlet/Servlet")));
    assertFalse(markers.anyIn(ascii("javax/servlet/Servle")));
    assertFalse(markers.anyIn(ascii("jakarta/servlet/Filter")));
    assertFalse(markers.anyIn(new byte[0]));
    assertFalse(new ClassMarkers(List.of()).anyIn(ascii("anything")));
  }

  @Test
  void findsAConstantPoolEntryOfARealClassFile() throws IOException {
    byte[] classFile;
    try (InputStream in = ClassLoader.getSystemResourceAsStream("java/lang/Runnable.class")) {
      classFile = in.readAllBytes();
    }
    assertTrue(new ClassMarkers(List.of("Ljava/lang/FunctionalInterface;")).anyIn(classFile));
    assertFalse(new ClassMarkers(List.of("java/lang/Thread")).anyIn(classFile));
  }
}
