package io.obs.agent.methods;

import io.obs.agent.redact.Redactor;

/**
 * The attributes of a business event: the method, then each configured value read from the
 * arguments or the return value, rendered without calling application code and redacted.
 */
final class EventValues {

  static final int MAX_LENGTH = 256;

  private final PropertyReader reader = new PropertyReader();
  private final Redactor redactor;

  EventValues(Redactor redactor) {
    this.redactor = redactor;
  }

  /** key, value, key, value...: {@code code.namespace}, {@code code.function.name}, then the values (null: left out). */
  Object[] attributes(MethodInfo method, EventSpec event, Object[] arguments, Object returned) {
    Object[] attributes = new Object[4 + 2 * event.values.size()];
    attributes[0] = "code.namespace";
    attributes[1] = method.className;
    attributes[2] = "code.function.name";
    attributes[3] = method.functionName;
    for (int i = 0; i < event.values.size(); i++) {
      EventValue value = event.values.get(i);
      attributes[4 + 2 * i] = value.key;
      String text = render(read(value, arguments, returned));
      // the event log's writer redacts every value's content; only the key rule is left to apply here
      attributes[5 + 2 * i] = redactor.sensitiveKey(value.key) ? redactor.value(value.key, text) : text;
    }
    return attributes;
  }

  private Object read(EventValue value, Object[] arguments, Object returned) {
    Object current = value.source == EventValue.RETURN ? returned
        : value.source < arguments.length ? arguments[value.source] : null;
    for (String property : value.properties) {
      current = reader.read(current, property);
    }
    return current;
  }

  /**
   * Strings, the JDK's numbers, booleans, characters, dates and times and UUIDs as they print; enums
   * by name; any other object by its class name in brackets (its {@code toString()} is application
   * code and is not called). At most {@value #MAX_LENGTH} characters.
   */
  static String render(Object value) {
    if (value == null) {
      return null;
    }
    String text;
    if (value instanceof Enum) {
      text = ((Enum<?>) value).name();
    } else if (printsSafely(value.getClass())) {
      text = value.toString();
    } else {
      text = "[" + value.getClass().getName() + "]";
    }
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }

  private static boolean printsSafely(Class<?> type) {
    String name = type.getName();
    return type == String.class || type == Boolean.class || type == Character.class
        || Number.class.isAssignableFrom(type) && (name.startsWith("java.lang.") || name.startsWith("java.math."))
        || name.startsWith("java.time.") || type == java.util.UUID.class;
  }
}
