package io.obs.agent.methods;

import io.obs.agent.instrumentation.methods.MethodTarget;
import java.util.ArrayList;
import java.util.List;

/** One business event: {@code obs.events.<name>=<pattern>[:<value>,<value>...]}. */
final class EventSpec {

  static final String ALLOWED = "obs.events.<name>=" + PatternSyntax.ALLOWED + ", optionally followed by ':' and "
      + EventValue.ALLOWED;

  final String name;
  final MethodTarget target;
  final List<EventValue> values;

  private EventSpec(String name, MethodTarget target, List<EventValue> values) {
    this.name = name;
    this.target = target;
    this.values = values;
  }

  /** @throws IllegalArgumentException saying what is wrong */
  static EventSpec parse(String name, String value) {
    if (!isName(name) || name.length() > 64) {
      throw new IllegalArgumentException("\"" + name + "\" is not an event name (1 to 64 letters, digits, . _ -)");
    }
    int colon = value.indexOf(':');
    MethodTarget target = PatternSyntax.parse((colon < 0 ? value : value.substring(0, colon)).trim(), true);
    List<EventValue> values = new ArrayList<>();
    if (colon >= 0) {
      for (String part : value.substring(colon + 1).split(",", -1)) {
        values.add(EventValue.parse(part));
      }
    }
    return new EventSpec(name, target, List.copyOf(values));
  }

  static boolean isName(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'));
  }
}
