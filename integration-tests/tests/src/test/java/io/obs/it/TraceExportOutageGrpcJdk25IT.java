package io.obs.it;

/** {@link TraceExportOutageIT} over OTLP/gRPC, with the demo on JDK 25. */
class TraceExportOutageGrpcJdk25IT extends TraceExportOutageIT {

  @Override
  OtlpReceiver.Protocol protocol() {
    return OtlpReceiver.Protocol.GRPC;
  }

  @Override
  Jdk jdk() {
    return Jdk.JDK25;
  }
}
