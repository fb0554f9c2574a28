package io.obs.agent.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.obs.agent.config.AgentConfig;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RedactorOptionsTest {

  @Test
  void aCleanTextIsTheSameInstanceAndAllocatesNothing() {
    Redactor redactor = new Redactions().redactor;
    String clean = "GET /users/{id} took longer than expected, see the slow query log";
    assertSame(clean, redactor.redact(clean));
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    for (int i = 0; i < 100_000; i++) {
      if (redactor.redact(clean) != clean) {
        throw new AssertionError();
      }
    }
    long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    assertTrue(allocated < 10_000, "100000 clean texts allocated " + allocated + " bytes");
  }

  @Test
  void everySecretInATextIsReplacedAndCounted() {
    Redactions redactions = new Redactions();
    String text = "POST /pay?card=4111111111111111&email=bob@example.com failed for alice@example.org "
        + "(Authorization: Bearer abcdefgh12345678)";
    assertEquals("POST /pay?card=REDACTED&email=REDACTED failed for REDACTED (Authorization: REDACTED",
        redactions.redactor.redact(text));
    assertEquals(Map.of("key", 2L, "email", 2L), redactions.counted());
  }

  @Test
  void valuesOfSensitiveKeysAreTheMarkerOthersAreRedactedAsText() {
    Redactions redactions = new Redactions();
    Redactor redactor = redactions.redactor;
    assertEquals("REDACTED", redactor.value("X-Api-Key", "abc"));
    assertEquals("REDACTED", redactor.value("Cookie", "theme=dark"));
    assertEquals("shoes", redactor.value("q", "shoes"));
    assertEquals("mail REDACTED", redactor.value("note", "mail bob@example.com"));
    assertEquals("anything", redactor.value(null, "anything"));
    assertNull(redactor.value("password", null));
    assertNull(redactor.redact(null));
    assertFalse(redactor.sensitiveKey(null));
    assertEquals(Map.of("key", 2L, "email", 1L), redactions.counted());
  }

  @Test
  void theMarkerExtraKeysAndPatternsAreConfigured() {
    Redactions redactions = new Redactions(Set.of("tenant"), "***",
        List.of(Pattern.compile("ORD-\\d{6}"), Pattern.compile("x*")));
    Redactor redactor = redactions.redactor;
    assertEquals("tenant=*** order ***, *** and ***", redactor.redact("tenant=acme order ORD-123456, ORD-654321 and bob@example.com"));
    assertEquals("https://***:***@h/p?tenant=***", redactor.url("https://u:p@h/p?tenant=acme"));
    assertEquals(Map.of("key", 2L, "pattern", 2L, "email", 1L, "url_credentials", 1L), redactions.counted());
    String clean = "no order here";
    assertSame(clean, redactor.redact(clean), "a pattern that only matches the empty string changes nothing");
  }

  @Test
  void builtFromTheConfiguration() {
    Properties props = new Properties();
    props.setProperty("obs.redaction.keys", "tenant,x-customer-ref");
    props.setProperty("obs.redaction.marker", "[hidden]");
    props.setProperty("obs.redaction.patterns", "ORD-\\d{6},a(b");
    List<String> report = new ArrayList<>();
    Redactor redactor = Redactor.from(AgentConfig.load(null, props, Map.of(), report::add),
        new RedactionMetrics(new io.prometheus.metrics.model.registry.PrometheusRegistry()));
    assertEquals("X-Customer-Ref: [hidden]", redactor.redact("X-Customer-Ref: 42"));
    assertEquals("tenant=[hidden]&order=[hidden]&password=[hidden]", redactor.redact("tenant=acme&order=ORD-123456&password=x"));
    assertEquals(1, report.size(), report::toString);
  }

  @Test
  void defaultsWithoutConfiguration() {
    Redactor redactor = Redactor.from(AgentConfig.load(null, new Properties(), Map.of(), line -> {
      throw new AssertionError(line);
    }), new RedactionMetrics(new io.prometheus.metrics.model.registry.PrometheusRegistry()));
    assertEquals("password=REDACTED&tenant=acme&order=ORD-123456", redactor.redact("password=x&tenant=acme&order=ORD-123456"));
  }
}
