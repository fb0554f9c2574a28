package io.obs.agent.grpc;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.GrpcResponse;
import io.opentelemetry.sdk.common.export.GrpcSender;
import io.opentelemetry.sdk.common.export.GrpcSenderConfig;
import io.opentelemetry.sdk.common.export.GrpcStatusCode;
import io.opentelemetry.sdk.common.export.MessageWriter;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One unary gRPC call per export over OkHttp 3 (plain Java, HTTP/2 with prior knowledge for
 * {@code http://}, ALPN for {@code https://}). No connection is kept between exports: an OkHttp 3
 * HTTP/2 connection runs a non-daemon writer thread while it is open, which would keep a JVM whose
 * application has finished alive; closed after each call, it never outlives an export.
 */
final class H2cGrpcSender implements GrpcSender {

  private final OkHttpClient client;
  private final HttpUrl url;
  private final GrpcSenderConfig config;

  H2cGrpcSender(GrpcSenderConfig config) {
    this.config = config;
    boolean plain = "http".equals(config.getEndpoint().getScheme());
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .dispatcher(new Dispatcher(config.getExecutorService()))
        .connectionPool(new ConnectionPool(0, 1, TimeUnit.MILLISECONDS))
        .protocols(plain ? Collections.singletonList(Protocol.H2_PRIOR_KNOWLEDGE) : java.util.Arrays.asList(Protocol.HTTP_2, Protocol.HTTP_1_1))
        .callTimeout(config.getTimeout())
        .connectTimeout(config.getConnectTimeout())
        .retryOnConnectionFailure(false);
    if (config.getSslContext() != null && config.getTrustManager() != null) {
      builder.sslSocketFactory(config.getSslContext().getSocketFactory(), config.getTrustManager());
    }
    client = builder.build();
    url = HttpUrl.get(config.getEndpoint()).resolve("/" + config.getFullMethodName());
  }

  @Override
  public void send(MessageWriter message, Consumer<GrpcResponse> onResponse, Consumer<Throwable> onError) {
    Request.Builder request = new Request.Builder().url(url).post(new GrpcMessageBody(message, config.getCompressor()))
        .header("te", "trailers");
    if (config.getCompressor() != null) {
      request.header("grpc-encoding", config.getCompressor().getEncoding());
    }
    Map<String, java.util.List<String>> headers = config.getHeadersSupplier().get();
    if (headers != null) {
      headers.forEach((name, values) -> values.forEach(value -> request.addHeader(name, value)));
    }
    client.newCall(request.build()).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        onError.accept(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        try (Response closed = response) {
          byte[] body = closed.body() == null ? new byte[0] : closed.body().bytes();
          onResponse.accept(GrpcOutcome.of(closed, body));
        } catch (IOException | RuntimeException e) {
          onError.accept(e);
        }
      }
    });
  }

  @Override
  public CompletableResultCode shutdown() {
    client.dispatcher().cancelAll();
    client.connectionPool().evictAll();
    return CompletableResultCode.ofSuccess();
  }

  /** The status of a gRPC call: from the trailers, or from the headers of a trailers-only answer. */
  static final class GrpcOutcome implements GrpcResponse {

    private final GrpcStatusCode status;
    private final String description;
    private final byte[] message;

    private GrpcOutcome(GrpcStatusCode status, String description, byte[] message) {
      this.status = status;
      this.description = description;
      this.message = message;
    }

    static GrpcOutcome of(Response response, byte[] body) throws IOException {
      if (response.code() != 200) {
        return new GrpcOutcome(GrpcStatusCode.UNAVAILABLE, "HTTP " + response.code(), body);
      }
      String status = response.header("grpc-status");
      String description = response.header("grpc-message");
      if (status == null) {
        status = response.trailers().get("grpc-status");
        description = response.trailers().get("grpc-message");
      }
      GrpcStatusCode code = status == null ? GrpcStatusCode.UNKNOWN : GrpcStatusCode.fromValue(parse(status));
      return new GrpcOutcome(code, description == null ? (status == null ? "no grpc-status" : "") : description, body);
    }

    private static int parse(String status) {
      try {
        return Integer.parseInt(status.trim());
      } catch (NumberFormatException e) {
        return GrpcStatusCode.UNKNOWN.getValue();
      }
    }

    @Override
    public GrpcStatusCode getStatusCode() {
      return status;
    }

    @Override
    public String getStatusDescription() {
      return description;
    }

    @Override
    public byte[] getResponseMessage() {
      return message;
    }
  }
}
