package io.obs.agent.grpc;

import io.opentelemetry.sdk.common.export.GrpcSender;
import io.opentelemetry.sdk.common.export.GrpcSenderConfig;

/**
 * OTLP/gRPC's sender, {@link H2cGrpcSender}. Only reached when {@code obs.exporter.otlp.protocol=grpc},
 * so neither it nor OkHttp loads otherwise.
 */
public final class GrpcSpanExport {

  private GrpcSpanExport() {}

  public static GrpcSender sender(GrpcSenderConfig config) {
    return new H2cGrpcSender(config);
  }
}
