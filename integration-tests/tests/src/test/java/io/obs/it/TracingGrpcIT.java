package io.obs.it;

/** {@link TracingIT} with the spans going out over OTLP/gRPC ({@code obs.exporter.otlp.protocol=grpc}). */
class TracingGrpcIT extends TracingIT {

  @Override
  OtlpReceiver.Protocol protocol() {
    return OtlpReceiver.Protocol.GRPC;
  }
}
