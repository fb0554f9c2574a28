package io.obs.agent.trace;

import io.obs.agent.config.AgentConfig;
import io.obs.agent.config.Settings;

/**
 * Where spans go and how: {@code obs.exporter.otlp.protocol} and the URL its exporter is given. As
 * the OpenTelemetry specification says for {@code OTEL_EXPORTER_OTLP_ENDPOINT}: http/protobuf sends
 * to {@code <endpoint>/v1/traces}, default base {@code http://localhost:4318}; gRPC sends to the
 * endpoint itself, default {@code http://localhost:4317}.
 */
public final class OtlpTarget {

  public static final String GRPC = "grpc";
  static final String HTTP_DEFAULT = "http://localhost:4318";
  static final String GRPC_DEFAULT = "http://localhost:4317";

  private final boolean grpc;
  private final String url;

  private OtlpTarget(boolean grpc, String url) {
    this.grpc = grpc;
    this.url = url;
  }

  public static OtlpTarget of(AgentConfig config) {
    return of(config.get(Settings.OTLP_PROTOCOL), config.get(Settings.OTLP_ENDPOINT));
  }

  /** @param endpoint as configured, or null for the protocol's default */
  static OtlpTarget of(String protocol, String endpoint) {
    if (GRPC.equals(protocol)) {
      return new OtlpTarget(true, endpoint == null ? GRPC_DEFAULT : endpoint);
    }
    String base = endpoint == null ? HTTP_DEFAULT : endpoint;
    return new OtlpTarget(false, (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/traces");
  }

  boolean grpc() {
    return grpc;
  }

  /** What the exporter sends to, and what the agent's messages name. */
  public String url() {
    return url;
  }

  /** For the start line: {@code otlp(http://localhost:4318/v1/traces)} or {@code otlp-grpc(http://localhost:4317)}. */
  @Override
  public String toString() {
    return (grpc ? "otlp-grpc(" : "otlp(") + url + ")";
  }
}
