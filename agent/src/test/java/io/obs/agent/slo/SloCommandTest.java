package io.obs.agent.slo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.obs.agent.metrics.ServerRequestMetrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SloCommandTest {

  private String out;
  private String err;

  private int run(String commandLine) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = SloCommand.run(commandLine.isEmpty() ? new String[0] : commandLine.split(" "),
        new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void rulesUseTheAgentsMetricNameAndTheWorkbookBurnRates() {
    assertEquals(0, run("slo --service shop --availability 99.9 --latency 500ms:99 --window 30d"), err);
    assertTrue(out.contains("expr: (sum by (service) (rate(" + ServerRequestMetrics.DURATION + "_count{service=\"shop\",error_type!=\"\"}[5m]))"
        + " or 0 * sum by (service) (rate(" + ServerRequestMetrics.DURATION + "_count{service=\"shop\"}[5m]))) / sum by"), out);
    assertTrue(out.contains(ServerRequestMetrics.DURATION + "_bucket{service=\"shop\",le=\"0.5\"}[3d]"), out);
    assertTrue(out.contains("rate1h{service=\"shop\"} > (14.4 * 0.001) and service:http_server_request_error_ratio:rate5m"), out);
    assertTrue(out.contains("rate6h{service=\"shop\"} > (6 * 0.01) and service:http_server_request_slow_ratio:rate30m"), out);
    assertTrue(out.contains("rate3d{service=\"shop\"} > (1 * 0.001)"), out);
    assertTrue(out.contains("service:http_server_request_error_ratio:rate30d"), out);
    for (String alert : new String[] {"AvailabilityBurnRatePage", "AvailabilityBurnRateTicket", "LatencyBurnRatePage", "LatencyBurnRateTicket"}) {
      assertTrue(out.contains("- alert: " + alert + "\n"), alert);
      assertTrue(out.contains("/runbooks/" + alert + ".md"), alert);
    }
    assertEquals("", err);
  }

  @Test
  void burnRatesScaleWithTheSloPeriodAndWholeSecondBucketsMatchBothSpellings() {
    assertEquals(0, run("slo --service shop --latency 1s:99.5 --window 28d"), err);
    assertTrue(out.contains("> (13.44 * 0.005)"), out);
    assertTrue(out.contains("> (5.6 * 0.005)"), out);
    assertTrue(out.contains("> (0.9333 * 0.005)"), out);
    assertTrue(out.contains("le=~\"1.0|1\""), out);
    assertFalse(out.contains("Availability"), out);
  }

  @Test
  void timeDivisorShrinksRangesButKeepsRuleNames() {
    assertEquals(0, run("slo --service demo --availability 99 --time-divisor 60"), err);
    assertTrue(out.contains("- record: service:http_server_request_error_ratio:rate5m\n"), out);
    assertTrue(out.contains("[5s]"), out);
    assertTrue(out.contains("[72m]"), out);
    assertTrue(out.contains("[12h]"), out);
    assertTrue(out.contains("interval: 5s"), out);
    assertFalse(out.contains("[5m]"), out);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "rules --service a --availability 99", "slo", "slo --availability 99.9", "slo --service shop",
      "slo --service shop --availability 100", "slo --service shop --availability 0", "slo --service shop --availability abc",
      "slo --service shop --latency 300ms:99", "slo --service shop --latency 250ms", "slo --service shop --latency 2m:99",
      "slo --service shop --availability 99 --window 2d", "slo --service shop --availability 99 --window 30x",
      "slo --service sh\"op --availability 99", "slo --service shop --availability", "slo --service shop --bogus 1",
      "slo --service shop --availability 99 --time-divisor 7", "slo --service shop --availability 99 --runbook-url ftp://x"})
  void badArgumentsAreAUsageErrorWithExitCode2(String commandLine) {
    assertEquals(2, run(commandLine), out);
    assertEquals("", out);
    assertTrue(err.startsWith("obs-agent slo: "), err);
    assertTrue(err.contains("usage: java -jar obs-agent.jar slo"), err);
  }

  @Test
  void aThresholdBetweenBucketsNamesTheBuckets() {
    assertEquals(2, run("slo --service shop --latency 300ms:99"));
    assertTrue(err.contains("300ms is not a bucket bound of " + ServerRequestMetrics.DURATION), err);
    assertTrue(err.contains("250ms 500ms 750ms 1s 2500ms"), err);
  }

  @Test
  void helpGoesToStdout() {
    assertEquals(0, run("slo --help"));
    assertTrue(out.startsWith("usage:"), out);
  }
}
