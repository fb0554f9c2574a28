package io.obs.agent.trace.otlp;

import io.opentelemetry.sdk.common.export.Compressor;
import io.opentelemetry.sdk.common.export.GrpcSenderConfig;
import io.opentelemetry.sdk.common.export.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;

/**
 * How spans are sent, as the SDK's OTLP exporter builders configured their sender: no retries (a
 * failed batch is counted and dropped), JVM default TLS, the SDK's 10 s connect timeout and 4 MiB
 * response limit. The gRPC sender takes it whole; the HTTP transport reads the endpoint, content
 * type, headers, compression and timeouts.
 */
final class SenderConfig implements GrpcSenderConfig {

  static final String GRPC_METHOD = "opentelemetry.proto.collector.trace.v1.TraceService/Export";

  private final URI endpoint;
  private final Compressor compressor;
  private final Duration timeout;
  private final Map<String, List<String>> headers;
  private final ExecutorService executor;

  SenderConfig(URI endpoint, Compressor compressor, Duration timeout, Map<String, List<String>> headers,
      ExecutorService executor) {
    this.endpoint = endpoint;
    this.compressor = compressor;
    this.timeout = timeout;
    this.headers = Collections.unmodifiableMap(headers);
    this.executor = executor;
  }

  @Override
  public URI getEndpoint() {
    return endpoint;
  }

  String getContentType() {
    return "application/x-protobuf";
  }

  @Override
  public String getFullMethodName() {
    return GRPC_METHOD;
  }

  @Override
  public Compressor getCompressor() {
    return compressor;
  }

  @Override
  public Duration getTimeout() {
    return timeout;
  }

  @Override
  public Duration getConnectTimeout() {
    return Duration.ofSeconds(10);
  }

  @Override
  public Supplier<Map<String, List<String>>> getHeadersSupplier() {
    return () -> headers;
  }

  @Override
  public RetryPolicy getRetryPolicy() {
    return null;
  }

  @Override
  public SSLContext getSslContext() {
    return null;
  }

  @Override
  public X509TrustManager getTrustManager() {
    return null;
  }

  @Override
  public ExecutorService getExecutorService() {
    return executor;
  }

  @Override
  public long getMaxResponseBodySize() {
    return 4L * 1024 * 1024;
  }

  @Override
  public List<String> getEnabledProtocols() {
    return null;
  }
}
