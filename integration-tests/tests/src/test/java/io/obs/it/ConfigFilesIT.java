package io.obs.it;

import static io.obs.it.MonitoringConfig.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Structural checks of the config/ files whose programs are not run here (Grafana, Loki, promtail,
 * Jaeger, docker compose), and of what links alerts, runbooks and dashboards together.
 */
class ConfigFilesIT {

  private static final Pattern UID = Pattern.compile("\"?(?:uid|datasourceUid)\"?\\s*:\\s*\"?([A-Za-z0-9_-]+)");

  @Test
  void everyYamlAndJsonFileParses() throws IOException {
    try (Stream<Path> files = Files.walk(MonitoringConfig.dir())) {
      List<Path> all = files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).collect(Collectors.toList());
      assertTrue(all.size() >= 15, "files: " + all);
      all.forEach(f -> assertNotNull(MonitoringConfig.yaml(f), f + " is empty"));
    }
  }

  private static String text(Object node) {
    return String.valueOf(node);
  }

  static Set<String> datasourceUids() {
    List<Object> sources = get(MonitoringConfig.yaml(MonitoringConfig.path("grafana/provisioning/datasources/datasources.yml")), "datasources");
    return sources.stream().map(s -> (String) get(s, "uid")).collect(Collectors.toCollection(TreeSet::new));
  }

  static List<Path> dashboards() {
    return MonitoringConfig.files("grafana/dashboards", "*.json");
  }

  @Test
  void datasourcesAreTheThreeAndEveryReferencedUidExists() throws IOException {
    assertEquals(Set.of("prometheus", "loki", "jaeger"), datasourceUids());
    String datasources = Files.readString(MonitoringConfig.path("grafana/provisioning/datasources/datasources.yml"));
    assertTrue(datasources.contains("exemplarTraceIdDestinations") && datasources.contains("derivedFields")
        && datasources.contains("tracesToLogsV2"), "exemplar, log→trace and trace→log links");
    List<Path> files = new ArrayList<>(dashboards());
    files.add(MonitoringConfig.path("grafana/provisioning/datasources/datasources.yml"));
    for (Path file : files) {
      Matcher m = UID.matcher(Files.readString(file));
      while (m.find()) {
        boolean dashboardUid = file.toString().endsWith(".json") && m.group(1).startsWith("obs-");
        assertTrue(dashboardUid || datasourceUids().contains(m.group(1)), file + " references unknown datasource uid " + m.group(1));
      }
    }
  }

  @Test
  void dashboardsHaveServiceAndInstanceVariablesAndPanelsWithQueries() {
    List<Path> files = dashboards();
    assertEquals(6, files.size(), "service overview, JVM, database, dependencies, agent health, saturation: " + files);
    Set<String> uids = new TreeSet<>();
    for (Path file : files) {
      Map<String, Object> dashboard = MonitoringConfig.yaml(file);
      assertTrue(uids.add(get(dashboard, "uid")), "duplicate uid in " + file);
      List<Object> variables = get(get(dashboard, "templating"), "list");
      assertEquals(List.of("service", "instance"), variables.stream().map(v -> get(v, "name")).collect(Collectors.toList()), file.toString());
      List<Object> panels = get(dashboard, "panels");
      assertFalse(panels.isEmpty(), file.toString());
      for (Object panel : panels) {
        if ("row".equals(get(panel, "type"))) {
          continue; // a row only groups the panels below it
        }
        List<Object> targets = get(panel, "targets");
        assertFalse(targets == null || targets.isEmpty(), file + ": panel without query: " + get(panel, "title"));
        targets.forEach(t -> assertTrue(((String) get(t, "expr")).contains("$service"), file + ": " + get(t, "expr")));
      }
    }
    assertTrue(Stream.of("obs-service", "obs-jvm", "obs-db", "obs-deps", "obs-agent", "obs-saturation").allMatch(uids::contains), uids.toString());
  }

  @Test
  void everyAlertHasSeverityAnnotationsARunbookAndAnExistingDashboard() throws IOException {
    Set<String> dashboardUids = dashboards().stream().map(f -> (String) get(MonitoringConfig.yaml(f), "uid")).collect(Collectors.toSet());
    Map<String, Map<String, Object>> alerts = MonitoringConfig.alerts();
    for (Map.Entry<String, Map<String, Object>> alert : alerts.entrySet()) {
      String name = alert.getKey();
      assertTrue(Set.of("page", "ticket").contains(get(get(alert.getValue(), "labels"), "severity")), name + " severity");
      Map<String, String> annotations = get(alert.getValue(), "annotations");
      assertEquals(Set.of("summary", "description", "runbook_url", "dashboard"), annotations.keySet(), name);
      assertTrue(annotations.get("runbook_url").endsWith("/config/runbooks/" + name + ".md"), name + ": " + annotations.get("runbook_url"));
      Matcher dashboard = Pattern.compile("/d/([a-z-]+)\\?var-service=").matcher(annotations.get("dashboard"));
      assertTrue(dashboard.find() && dashboardUids.contains(dashboard.group(1)), name + ": " + annotations.get("dashboard"));
      String runbook = Files.readString(MonitoringConfig.path("runbooks/" + name + ".md"));
      for (String section : List.of("# " + name, "**Meaning.**", "**Impact.**", "## First checks", "## Mitigation", "## Escalation")) {
        assertTrue(runbook.contains(section), "runbooks/" + name + ".md lacks " + section);
      }
    }
    Set<String> runbooks = MonitoringConfig.files("runbooks", "*.md").stream()
        .map(f -> f.getFileName().toString().replace(".md", "")).collect(Collectors.toSet());
    assertEquals(alerts.keySet(), runbooks, "one runbook per alert, none for an alert that does not exist");
  }

  @Test
  void alertmanagerRoutesBySeverityToAllFourReceiverKindsWithoutInlineSecrets() throws IOException {
    Path file = MonitoringConfig.path("alertmanager/alertmanager.yml");
    Map<String, Object> config = MonitoringConfig.yaml(file);
    String routes = text(get(get(config, "route"), "routes"));
    assertTrue(routes.contains("severity=\"page\"") && routes.contains("severity=\"ticket\""), routes);
    String receivers = text(get(config, "receivers"));
    Stream.of("webhook_configs", "slack_configs", "pagerduty_configs", "email_configs")
        .forEach(kind -> assertTrue(receivers.contains(kind), kind));
    List<String> inline = Files.readString(file).lines()
        .filter(l -> l.matches("\\s*-?\\s*(\\w*(password|api_url|routing_key|service_key|credentials|token)\\w*):\\s*\\S+.*"))
        .filter(l -> !l.matches("\\s*-?\\s*\\w*_file:.*")).collect(Collectors.toList());
    assertEquals(List.of(), inline, "secrets must be read from *_file settings");
    assertTrue(text(get(config, "inhibit_rules")).contains("TargetDown"), "TargetDown inhibits what it causes");
  }

  @Test
  void promtailLabelsServiceLevelEventAndLeavesTraceIdInTheLine() {
    Map<String, Object> promtail = MonitoringConfig.yaml(MonitoringConfig.path("promtail/promtail.yml"));
    String pipeline = text(get(((List<?>) get(promtail, "scrape_configs")).get(0), "pipeline_stages"));
    assertTrue(pipeline.contains("labels={service=null, level=null, event=null}"), pipeline);
    assertTrue(pipeline.contains("service.name") && !pipeline.contains("trace_id"), pipeline);
    assertTrue(text(get(promtail, "clients")).contains("http://loki:3100/"), "promtail pushes to the loki service");
    assertNotNull(get(MonitoringConfig.yaml(MonitoringConfig.path("loki/loki.yml")), "schema_config"));
  }

  @Test
  void composeRunsTheWholeStackWithPinnedImagesAndExistingMounts() {
    Map<String, Object> services = get(MonitoringConfig.yaml(MonitoringConfig.path("docker-compose.yml")), "services");
    assertEquals(Set.of("demo", "prometheus", "alertmanager", "grafana", "loki", "promtail", "jaeger"), services.keySet());
    for (Map.Entry<String, Object> service : services.entrySet()) {
      String image = get(service.getValue(), "image");
      assertTrue(image.matches("[\\w./-]+:[\\w.-]*\\d[\\w.-]*") && !image.endsWith(":latest"), service.getKey() + ": unpinned " + image);
      List<String> volumes = get(service.getValue(), "volumes");
      for (String volume : volumes == null ? List.<String>of() : volumes) {
        String source = volume.split(":")[0];
        if (source.startsWith("./") && !source.contains("secrets")) {
          assertTrue(Files.exists(MonitoringConfig.dir().resolve(source)), service.getKey() + " mounts missing " + source);
        }
      }
    }
    assertTrue(text(get(services.get("jaeger"), "ports")).matches(".*4317:4317.*4318:4318.*"), "OTLP gRPC and HTTP");
    String command = get(services.get("demo"), "command");
    assertTrue(command.contains("-javaagent:") && command.contains("obs.service.name=demo"), command);
  }
}
