package io.obs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** promtool and amtool, the real ones, on the checked-in Prometheus and Alertmanager files. */
class AlertRulesIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private static String promtool() {
    return MonitoringConfig.binary("promtool", "prometheus");
  }

  private static void ok(MonitoringConfig.Result result) {
    assertEquals(0, result.exitCode, result::toString);
  }

  @Test
  void promtoolUnitTestsPass() {
    List<Path> tests = MonitoringConfig.files("prometheus/tests", "*.test.yml");
    assertTrue(tests.size() >= 2, "tests: " + tests);
    for (Path test : tests) {
      MonitoringConfig.Result result = MonitoringConfig.run(TIMEOUT, promtool(), "test", "rules", test.toString());
      ok(result);
      assertTrue(result.stdout.contains("SUCCESS"), result::toString);
    }
  }

  /** Each alert has a case where it fires and one where it must not (a boundary or a neighbour). */
  @Test
  void everyAlertHasAFiringAndANotFiringTestCase() {
    Map<String, Set<String>> outcomes = new TreeMap<>();
    for (Path file : MonitoringConfig.files("prometheus/tests", "*.test.yml")) {
      for (Object test : MonitoringConfig.<List<Object>>get(MonitoringConfig.yaml(file), "tests")) {
        for (Object c : MonitoringConfig.<List<Object>>get(test, "alert_rule_test")) {
          List<Object> expected = MonitoringConfig.get(c, "exp_alerts");
          outcomes.computeIfAbsent(MonitoringConfig.get(c, "alertname"), a -> new TreeSet<>())
              .add(expected == null || expected.isEmpty() ? "silent" : "fires");
        }
      }
    }
    Set<String> alerts = MonitoringConfig.alerts().keySet();
    List<String> missing = alerts.stream().filter(a -> !Set.of("fires", "silent").equals(outcomes.get(a))).collect(Collectors.toList());
    assertEquals(List.of(), missing, "alerts without both a firing and a silent promtool case; cases: " + outcomes);
    assertTrue(alerts.size() >= 13, "alerts: " + alerts);
  }

  @Test
  void promtoolChecksRulesAndConfig() {
    List<String> rules = MonitoringConfig.files("prometheus/rules", "*.yml").stream().map(Path::toString).collect(Collectors.toList());
    rules.add(0, "rules");
    rules.add(0, "check");
    ok(MonitoringConfig.run(TIMEOUT, MonitoringConfig.command(promtool(), rules.toArray(new String[0]))));
    MonitoringConfig.Result config = MonitoringConfig.run(TIMEOUT, promtool(), "check", "config",
        MonitoringConfig.path("prometheus/prometheus.yml").toString());
    ok(config);
    assertTrue(config.stdout.contains("rule files found"), config::toString);
  }

  @Test
  void amtoolChecksAlertmanagerConfig() {
    MonitoringConfig.Result result = MonitoringConfig.run(TIMEOUT, MonitoringConfig.binary("amtool", "prometheus-alertmanager"),
        "check-config", MonitoringConfig.path("alertmanager/alertmanager.yml").toString());
    ok(result);
    assertTrue(result.stdout.contains("SUCCESS"), result::toString);
  }
}
