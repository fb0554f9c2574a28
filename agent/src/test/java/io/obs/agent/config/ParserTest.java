package io.obs.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParserTest {

  @ParameterizedTest
  @CsvSource({"500,500", "500ms,500", "2s,2000", "1m,60000", " 3 S ,3000", "250MS,250", "0ms,0"})
  void durations(String value, long millis) {
    assertEquals(millis, Parser.millis(0).parse(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ms", "s", "1.5s", "5h", "-1s", "two", "9ms"})
  void badDurations(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parser.millis(10).parse(value));
    assertEquals("a duration such as 500ms, 2s or 1m, at least 10ms", e.getMessage());
  }

  @Test
  void durationThatOverflowsALongIsRejected() {
    // Bug: 153722867280912931 minutes is more than Long.MAX_VALUE milliseconds; multiplying wraps it round.
    assertThrows(IllegalArgumentException.class, () -> Parser.millis(0).parse("153722867280912931m"));
  }

  @Test
  void allowedTexts() {
    assertEquals("true or false", Parser.bool().allowed());
    assertEquals("an integer from 1 to 5", Parser.integer(1, 5).allowed());
    assertEquals("a number greater than 0.0 and at most 1.0", Parser.fraction(0.0, 1.0).allowed());
    assertEquals("one of otlp, none", Parser.oneOf("otlp", "none").allowed());
    assertEquals("a comma-separated list of all, errors, slow, or none", Parser.subsetOf("all", "errors", "slow").allowed());
    assertEquals("a non-empty value without spaces", Parser.token().allowed());
    assertEquals("a non-empty value", Parser.text().allowed());
    assertEquals("an http:// or https:// URL", Parser.httpUrl().allowed());
    assertEquals("stdout, stderr, none or file:<path>", Parser.logTarget().allowed());
  }

  @Test
  void integerBoundsAreInclusive() {
    Parser<Integer> p = Parser.integer(1, 5);
    assertEquals(1, p.parse("1"));
    assertEquals(5, p.parse("5"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("0"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("6"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("2.0"));
  }

  @Test
  void fractionExcludesTheLowerBoundAndNaN() {
    Parser<Double> p = Parser.fraction(0.0, 1.0);
    assertEquals(0.5, p.parse(" .5 "));
    assertEquals(1.0, p.parse("1.0"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("0.0"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("1.0001"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("NaN"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("-0.5"));
  }

  @Test
  void subsets() {
    Parser<Set<String>> p = Parser.subsetOf("all", "errors", "slow");
    assertEquals(Set.of("errors", "slow"), p.parse("errors,slow,errors"));
    assertEquals(Set.of(), p.parse(" NONE "));
    assertThrows(IllegalArgumentException.class, () -> p.parse("errors,none"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("errors,,slow"));
    assertThrows(IllegalArgumentException.class, () -> p.parse(""));
  }

  @Test
  void urls() {
    Parser<String> p = Parser.httpUrl();
    assertEquals("http://localhost:4318", p.parse("http://localhost:4318"));
    assertEquals("https://otel.example/v1", p.parse(" https://otel.example/v1 "));
    assertThrows(IllegalArgumentException.class, () -> p.parse("localhost:4318"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("ftp://host/"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("http://"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("http://bad host/"));
  }

  @Test
  void wordsAreLowerCasedAndEachMustBeAWord() {
    Parser<Set<String>> p = Parser.words("-_.");
    assertEquals(Set.of("x-tenant-key", "db.pass_phrase"), p.parse(" X-Tenant-Key , db.pass_phrase,x-tenant-key"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("a,,b"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("api key"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("token="));
    assertEquals("a comma-separated list of words made of letters, digits and -_.", p.allowed());
  }

  @Test
  void aWordHasABoundedLengthAndOnlyTheGivenPunctuation() {
    Parser<String> p = Parser.word(8, "*[]");
    assertEquals("[HIDDEN]", p.parse(" [HIDDEN] "));
    assertEquals("***", p.parse("***"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("[REDACTED]"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("a=b"));
    assertThrows(IllegalArgumentException.class, () -> p.parse("\u00e9t\u00e9"));
    assertEquals("1 to 8 letters, digits or *[]", p.allowed());
  }

  @Test
  void regexesSplitAtCommasOutsideTheirSyntax() {
    assertEquals(List.of("ORD-\\d{6,8}", " [,;]x", "(a,b)", "c\\,d", ""), RegexList.split("ORD-\\d{6,8}, [,;]x,(a,b),c\\,d,"));
    List<Pattern> patterns = Parser.regexes().parse("ORD-\\d{6,8}, tenant=[a-z]+");
    assertEquals(List.of("ORD-\\d{6,8}", "tenant=[a-z]+"), patterns.stream().map(Pattern::pattern).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void aRegexThatDoesNotCompileIsDroppedAndNamedTheOthersKept() {
    PartlyInvalidValue e = assertThrows(PartlyInvalidValue.class, () -> Parser.regexes().parse("a)b,ok\\d+,x{2"));
    assertEquals("ignoring \"a)b\" (Unmatched closing ')' near index 0), \"x{2\" (Unclosed counted closure near index 3)",
        e.getMessage());
    assertEquals(List.of("ok\\d+"), ((List<?>) e.usable()).stream().map(p -> ((Pattern) p).pattern())
        .collect(java.util.stream.Collectors.toList()));
    assertThrows(IllegalArgumentException.class, () -> Parser.regexes().parse(" "));
  }
}
