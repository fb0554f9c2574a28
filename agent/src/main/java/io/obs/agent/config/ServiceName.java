package io.obs.agent.config;

/**
 * {@code service.name}: {@code obs.service.name}, else {@code otel.service.name}, else
 * {@code service.name} in the resource attributes, else the main jar's or main class's name.
 */
public final class ServiceName {

  static final String UNKNOWN = "unknown_service:java";

  private ServiceName() {}

  public static String resolve(AgentConfig config, String javaCommand) {
    String explicit = config.get(Settings.SERVICE_NAME);
    if (explicit != null) {
      return explicit;
    }
    String fromResource = fromResourceAttributes(config.get(Settings.RESOURCE_ATTRIBUTES));
    return fromResource != null ? fromResource : fromJavaCommand(javaCommand);
  }

  /** {@code service.name} out of {@code key=value,key=value}. */
  static String fromResourceAttributes(String attributes) {
    if (attributes == null) {
      return null;
    }
    for (String pair : attributes.split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).trim().equals("service.name")) {
        String value = pair.substring(eq + 1).trim();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  /** {@code sun.java.command}: "shop.jar --port 80" → "shop"; "com.acme.Main" → "Main". */
  static String fromJavaCommand(String javaCommand) {
    if (javaCommand == null || javaCommand.isBlank()) {
      return UNKNOWN;
    }
    String first = javaCommand.trim().split("\\s+", 2)[0];
    if (first.endsWith(".jar")) {
      String file = first.substring(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1);
      return file.substring(0, file.length() - ".jar".length());
    }
    return first.substring(first.lastIndexOf('.') + 1);
  }
}
