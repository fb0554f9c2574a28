package io.obs.agent.methods;

import java.util.Arrays;
import java.util.List;

/**
 * One value of a business event: {@code [key=]argN[.property...]} or {@code [key=]return[.property...]},
 * at most {@value #MAX_PROPERTIES} properties deep. The key defaults to the expression itself.
 */
final class EventValue {

  static final String ALLOWED = "values such as arg0, arg1.id, return.total or orderId=arg0.id, separated by commas";
  static final int MAX_PROPERTIES = 3;
  static final int RETURN = -1;

  final String key;
  /** The argument index, or {@link #RETURN}. */
  final int source;
  final List<String> properties;

  private EventValue(String key, int source, List<String> properties) {
    this.key = key;
    this.source = source;
    this.properties = properties;
  }

  /** @throws IllegalArgumentException saying what is wrong with {@code text} */
  static EventValue parse(String text) {
    String expression = text.trim();
    String key = expression;
    int eq = expression.indexOf('=');
    if (eq >= 0) {
      key = expression.substring(0, eq).trim();
      expression = expression.substring(eq + 1).trim();
      if (!EventSpec.isName(key)) {
        throw new IllegalArgumentException("\"" + key + "\" is not a key (letters, digits, . _ -)");
      }
    }
    List<String> path = Arrays.asList(expression.split("\\.", -1));
    String root = path.get(0);
    int source;
    if (root.equals("return")) {
      source = RETURN;
    } else if (root.matches("arg(0|[1-9][0-9]?)")) {
      source = Integer.parseInt(root.substring(3));
    } else {
      throw new IllegalArgumentException("\"" + expression + "\" starts with neither argN nor return");
    }
    List<String> properties = path.subList(1, path.size());
    if (properties.size() > MAX_PROPERTIES) {
      throw new IllegalArgumentException("\"" + expression + "\" reads more than " + MAX_PROPERTIES + " properties deep");
    }
    for (String property : properties) {
      if (!PatternSyntax.isIdentifier(property)) {
        throw new IllegalArgumentException("\"" + property + "\" in \"" + expression + "\" is not a property name");
      }
    }
    return new EventValue(key, source, List.copyOf(properties));
  }
}
