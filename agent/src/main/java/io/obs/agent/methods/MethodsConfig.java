package io.obs.agent.methods;

import io.obs.agent.config.AgentConfig;
import io.obs.agent.config.Settings;
import io.obs.agent.instrumentation.methods.MethodTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code obs.methods} and the {@code obs.events.*} keys, parsed: the targets to weave, index by
 * index with the text that named them and, for events, the event. A pattern or event that does not
 * parse is left out and reported in one line naming it; the others are used.
 */
final class MethodsConfig {

  final List<MethodTarget> targets = new ArrayList<>();
  /** The pattern text of each target, as configured. */
  final List<String> texts = new ArrayList<>();
  /** The event of each target, null for a plain {@code obs.methods} pattern. */
  final List<EventSpec> events = new ArrayList<>();
  /** Key ({@code obs.methods}, {@code obs.events.<name>}) and the line reported, one per pattern or event left out. */
  final List<Map.Entry<String, String>> problems = new ArrayList<>();

  static MethodsConfig parse(AgentConfig config, Consumer<String> report) {
    return parse(config.get(Settings.METHODS), config.withPrefix(Settings.EVENTS_PREFIX), report);
  }

  /** @param eventKeys {@code obs.events.<name>} → value, taken in the order of their keys */
  static MethodsConfig parse(String methods, Map<String, String> eventKeys, Consumer<String> report) {
    MethodsConfig parsed = new MethodsConfig();
    for (String pattern : methods == null ? Collections.<String>emptyList() : List.of(methods.split("[;\\n]"))) {
      String text = pattern.trim();
      if (text.isEmpty()) {
        continue;
      }
      try {
        parsed.add(PatternSyntax.parse(text, false), text, null);
      } catch (IllegalArgumentException e) {
        parsed.problem(report, Settings.METHODS.key(), "obs-agent: invalid pattern \"" + text + "\" in " + Settings.METHODS.key() + ": "
            + e.getMessage() + "; allowed: " + PatternSyntax.ALLOWED + ", separated by ';'; this pattern is ignored");
      }
    }
    new java.util.TreeMap<>(eventKeys).forEach((key, value) -> {
      try {
        EventSpec event = EventSpec.parse(key.substring(Settings.EVENTS_PREFIX.length()), value.trim());
        parsed.add(event.target, value.trim(), event);
      } catch (IllegalArgumentException e) {
        parsed.problem(report, key, "obs-agent: invalid business event " + key + "=\"" + value + "\": " + e.getMessage()
            + "; allowed: " + EventSpec.ALLOWED + "; this event is ignored");
      }
    });
    return parsed;
  }

  boolean isEmpty() {
    return targets.isEmpty();
  }

  private void add(MethodTarget target, String text, EventSpec event) {
    targets.add(target);
    texts.add(text);
    events.add(event);
  }

  private void problem(Consumer<String> report, String key, String line) {
    problems.add(Map.entry(key, line));
    report.accept(line);
  }
}
