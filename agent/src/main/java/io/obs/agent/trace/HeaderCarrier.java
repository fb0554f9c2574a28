package io.obs.agent.trace;

import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The propagators' view of headers: incoming ones as the values the server advice read for a fixed
 * list of names; outgoing ones as name/value pairs the client advice adds.
 */
final class HeaderCarrier {

  private HeaderCarrier() {}

  /** Values index by index with {@code names}. */
  static TextMapGetter<String[]> getter(String[] names) {
    List<String> keys = Arrays.asList(names);
    return new TextMapGetter<String[]>() {
      @Override
      public Iterable<String> keys(String[] values) {
        return keys;
      }

      @Override
      public String get(String[] values, String key) {
        for (int i = 0; values != null && i < names.length && i < values.length; i++) {
          if (names[i].equalsIgnoreCase(key)) {
            return values[i];
          }
        }
        return null;
      }
    };
  }

  /** Collects name, value, name, value... */
  static final TextMapSetter<List<String>> PAIRS = (pairs, name, value) -> {
    if (pairs != null) {
      pairs.add(name);
      pairs.add(value);
    }
  };

  static List<String> newPairs() {
    return new ArrayList<>(6);
  }
}
