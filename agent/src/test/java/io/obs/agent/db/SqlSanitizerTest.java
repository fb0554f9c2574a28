package io.obs.agent.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlSanitizerTest {

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = SqlSanitizerTest.class.getResourceAsStream("/db/sanitizer-corpus.txt")) {
      String input = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("< ")) {
          input = line.substring(2).replace("\\n", "\n").replace("\\t", "\t");
        } else if (line.startsWith("> ")) {
          cases.add(Arguments.of(input, line.substring(2)));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void realSql(String input, String expected) {
    assertEquals(expected, SqlSanitizer.sanitize(input));
  }

  @Test
  void corpusIsComplete() throws IOException {
    assertEquals(23, corpus().count());
  }

  @Test
  void noSecretSurvives() {
    String sql = "INSERT INTO cards (number, cvv, owner) VALUES ('4111111111111111', 737, 'Jane')";
    String clean = SqlSanitizer.sanitize(sql);
    for (String secret : new String[] {"4111", "737", "Jane"}) {
      assertFalse(clean.contains(secret), clean);
    }
  }

  @Test
  void enormousSqlIsCutAndStillSanitised() {
    String sql = "SELECT * FROM t WHERE v IN (" + "'secret', ".repeat(10_000) + "'x')";
    String clean = SqlSanitizer.sanitize(sql);
    assertTrue(clean.endsWith("..."), clean.substring(clean.length() - 20));
    assertFalse(clean.contains("secret"));
    assertTrue(clean.length() <= SqlSanitizer.MAX_INPUT + 3);
  }

  @Test
  void nullStaysNull() {
    assertNull(SqlSanitizer.sanitize(null));
  }
}
