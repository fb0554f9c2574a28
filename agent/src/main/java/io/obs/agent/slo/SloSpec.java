package io.obs.agent.slo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parsed arguments of {@code slo}; null objectives were not asked for. */
final class SloSpec {

  /** The windows the SLIs are recorded over (SRE workbook, ch. 5); the SLO period is added. */
  static final String[] WINDOWS = {"5m", "30m", "1h", "2h", "6h", "1d", "3d"};

  final String commandLine;
  String service;
  BigDecimal availability;
  BigDecimal latencyObjective;
  String latency;
  double latencyBucket;
  String window = "30d";
  long windowSeconds = 30 * 86400L;
  String runbookUrl = SloCommand.DEFAULT_RUNBOOK_URL;
  String grafanaUrl = SloCommand.DEFAULT_GRAFANA_URL;
  int divisor = 1;

  SloSpec(String commandLine) {
    this.commandLine = commandLine;
  }

  /** Window name (as used in rule names) to its length in seconds, before division. */
  Map<String, Long> windows() {
    Map<String, Long> windows = new LinkedHashMap<>();
    for (String w : WINDOWS) {
      windows.put(w, SloCommand.seconds(w, "window"));
    }
    windows.put(window, windowSeconds);
    return windows;
  }

  /** The PromQL range of a window: its length divided by {@link #divisor}, in the largest whole unit. */
  String range(String windowName) {
    long s = windows().get(windowName) / divisor;
    return s % 86400 == 0 ? s / 86400 + "d" : s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
  }
}
