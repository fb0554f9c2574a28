package io.obs.agent.trace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.sdk.resources.Resource;
import java.net.InetAddress;
import java.util.UUID;

/**
 * The resource every span carries: service, host, process, runtime, SDK and distro, then the
 * user's {@code obs.resource.attributes} / {@code OTEL_RESOURCE_ATTRIBUTES} ({@code k=v,k=v}),
 * which win, except that {@code service.name} is always the agent's resolved one.
 */
final class AgentResource {

  private AgentResource() {}

  static Resource create(String serviceName, String agentVersion, String userAttributes) {
    AttributesBuilder b = Attributes.builder()
        .put("service.instance.id", UUID.randomUUID().toString())
        .put("host.name", hostName())
        .put("host.arch", System.getProperty("os.arch"))
        .put("os.type", osType())
        .put("process.pid", ProcessHandle.current().pid())
        .put("process.runtime.name", System.getProperty("java.runtime.name"))
        .put("process.runtime.version", System.getProperty("java.runtime.version"))
        .put("process.runtime.description", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name")
            + " " + System.getProperty("java.vm.version"))
        .put("telemetry.distro.name", "obs-agent")
        .put("telemetry.distro.version", agentVersion);
    Resource resource = Resource.getDefault().merge(Resource.create(b.build()));
    resource = resource.merge(Resource.create(parse(userAttributes)));
    return resource.merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), serviceName)));
  }

  /** {@code k=v,k=v}; pieces without a key are ignored, values are percent-decoded as the OTel spec says. */
  static Attributes parse(String pairs) {
    AttributesBuilder b = Attributes.builder();
    if (pairs == null) {
      return b.build();
    }
    for (String pair : pairs.split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        b.put(pair.substring(0, eq).trim(), decode(pair.substring(eq + 1).trim()));
      }
    }
    return b.build();
  }

  private static String decode(String value) {
    try {
      return java.net.URLDecoder.decode(value.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      String env = System.getenv("HOSTNAME");
      return env != null ? env : "unknown";
    }
  }

  private static String osType() {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    return os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin" : os.startsWith("linux") ? "linux" : os;
  }
}
